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
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.SchemaAssist;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mangled manifests that exercise the schema (a CRD and its custom resource, retired apiVersions,
 * names, quantities, YAML 1.1 values) never make a rule, a fix, hover or completion throw.
 */
class SchemaRulesRobustnessTest {

    private static final String SEED_TEXT = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              scope: Namespaced
              names: {kind: Widget, plural: widgets}
              versions:
                - name: v1
                  served: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      required: [spec]
                      properties:
                        spec: {type: object, properties: {mode: {type: string, enum: [a, b]}, n: {type: integer}}}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: W_1, labels: {v: 1.0}}
            spec: {mode: c, n: "2", extra: x}
            ---
            apiVersion: extensions/v1beta1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: "2"
              template:
                metadata:
                  labels: &l {app: web}
                spec:
                  restartPolicy: always
                  containers:
                    - name: Web
                      imagePullPolcy: Never
                      env: [{name: A, value: yes}]
                      resources: {limits: {memory: 512m}}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: 1svc, labels: *l}
            spec:
              type: Loadbalancer
              ports: [{name: HTTP, targetPort: web--http}]
            """;
    private static final String ALPHABET = " \n\t:-{}[],'\"&*<>#!|~x0";

    private final List<String> failures = new ArrayList<>();
    private final Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);

    @Test
    void mangledManifestsNeverBreakASchemaRuleAFixOrTheAssistApi() {
        Random random = new Random(20261126L);
        int applied = 0;
        for (int round = 0; round < 250; round++) {
            String text = mangle(random, 1 + random.nextInt(4));
            TextDocument document = TextDocument.of("file:///w/app.yaml", text);
            AnalysisResult result = analyze(document, text);
            for (Finding finding : result.findings()) {
                for (Fix fix : finding.fixes()) {
                    applied++;
                    analyze(document.applyEdits(fix.edits(), 1), text);
                }
            }
            KubernetesFile file = KubernetesFile.parse(document, Cancellation.NONE);
            for (int probe = 0; probe < 5; probe++) {
                Position at = document.positionAt(random.nextInt(text.length() + 1));
                try {
                    SchemaAssist.hover(file, at).ifPresent(SchemaAssist.FieldHover::markdown);
                    SchemaAssist.complete(file, at);
                } catch (RuntimeException e) {
                    failures.add("assist at " + at + " threw " + e + "\n" + text);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(applied > 250, "only " + applied + " fixes were tried");
    }

    private AnalysisResult analyze(TextDocument document, String origin) {
        AnalysisResult result = analyzer.analyze(document, "app.yaml", Config.DEFAULT, Cancellation.NONE);
        result.findings().stream()
                .filter(f -> f.ruleId().equals("plumbline/internal-error"))
                .forEach(f -> failures.add(f.message() + "\n" + origin));
        return result;
    }

    private static String mangle(Random random, int edits) {
        StringBuilder out = new StringBuilder(SEED_TEXT);
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
