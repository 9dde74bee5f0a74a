package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mangled manifests (characters deleted, duplicated or replaced at random, seeded) never make a
 * Kubernetes rule or fix throw: every analysis completes without an internal error, and every quick
 * fix applies (its edits never overlap) to a text that analyses again without one.
 */
class KubernetesRobustnessTest {

    private static final String SEED_TEXT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              annotations: {plumbline.dev/ignore: "duplicate-key"}
            spec:
              template:
                spec:
                  securityContext: &sc
                    runAsNonRoot: true
                  initContainers:
                  - &init {name: init, image: "busybox", securityContext: {}}
                  containers:
                    - name: web
                      image: "nginx:latest"
                      securityContext:
                        allowPrivilegeEscalation: true # why
                    - image: registry:5000/app
                      securityContext: ~
                    - *init
                    - <<: *init
                      name: merged
            ---
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            images:
              - {name: nginx, newTag: latest}
            """;
    private static final String ALPHABET = " \n\t:-{}[],'\"&*<>#!|~x0";

    private final List<String> failures = new ArrayList<>();
    private final Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);

    @Test
    void mangledManifestsNeverBreakARuleOrAFix() {
        Random random = new Random(20240611L);
        int applied = 0;
        for (int round = 0; round < 1500; round++) {
            String text = mangle(SEED_TEXT, random, 1 + random.nextInt(4));
            TextDocument document = TextDocument.of("file:///w/deploy.yaml", text);
            AnalysisResult result = analyze(document, text);
            for (Finding finding : result.findings()) {
                for (Fix fix : finding.fixes()) {
                    applied++;
                    try {
                        analyze(document.applyEdits(fix.edits(), 1), text);
                    } catch (RuntimeException e) {
                        failures.add("fix '" + fix.title() + "' on " + finding.range() + " failed: " + e + "\n" + text);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(applied > 1500, "only " + applied + " fixes were tried");
    }

    private AnalysisResult analyze(TextDocument document, String origin) {
        AnalysisResult result = analyzer.analyze(document, "deploy.yaml", Config.DEFAULT, Cancellation.NONE);
        result.findings().stream()
                .filter(f -> f.ruleId().equals("plumbline/internal-error"))
                .forEach(f -> failures.add(f.message() + "\n" + origin));
        return result;
    }

    private static String mangle(String text, Random random, int edits) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, out.charAt(at));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
