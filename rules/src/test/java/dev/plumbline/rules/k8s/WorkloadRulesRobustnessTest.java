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
 * Mangled manifests that exercise the workload, secrets and RBAC rules (characters deleted,
 * duplicated or replaced at random, seeded): no rule or fix throws, every fix applies, and the fixed
 * text analyses again without an internal error. Every opt-in rule and option is switched on.
 */
class WorkloadRulesRobustnessTest {

    private static final String SEED_TEXT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: default, annotations: {scheduler.alpha.kubernetes.io/critical-pod: ""}}
            spec:
              replicas: 3
              revisionHistoryLimit: 0
              selector:
                matchLabels: &sel {app: web, tier: "1"}
                matchExpressions: [{key: env, operator: In, values: [prod]}]
              template:
                metadata:
                  labels: {app: web}
                spec:
                  restartPolicy: Never
                  containers:
                    - name: web
                      image: nginx:latest
                      imagePullPolicy: IfNotPresent
                      ports: [{containerPort: 22}]
                      env:
                        - {name: API_TOKEN, value: hunter2}
                        - name: API_TOKEN
                          value: x
                      volumeMounts: [{name: data, mountPath: /d}]
                    - name: web
            ---
            apiVersion: batch/v1
            kind: CronJob
            spec:
              jobTemplate:
                spec:
                  ttlSecondsAfterFinished: 60
                  template:
                    spec: {restartPolicy: Always, containers: []}
            ---
            apiVersion: batch/v1
            kind: Job
            spec:
              template:
                spec:
                  containers: [{name: j}]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            spec: {maxUnavailable: 0, minAvailable: 100%}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: r}
            rules: [{apiGroups: ["*"], resources: ["*", pods/exec, secrets], verbs: ["*", bind]}]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            roleRef: {kind: Role, name: r}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              annotations:
                kubernetes.io/ingress.class: nginx
            spec:
              rules: []
            ---
            apiVersion: v1
            kind: Secret
            data: {k: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t}
            """;
    private static final String ALPHABET = " \n\t:-{}[],'\"&*<>#!|~x0";

    private final List<String> failures = new ArrayList<>();
    private final Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
    private final Config config = TestConfigs.yaml("""
            rules:
              k8s/single-replica: info
              k8s/rbac-sensitive-access: info
              k8s/exposed-service: info
              k8s/default-namespace: info
            kubernetes:
              requireNamespace: true
              requiredLabels: ["owner=[a-z]+"]
            """);

    @Test
    void mangledManifestsNeverBreakARuleOrAFix() {
        Random random = new Random(20251126L);
        int applied = 0;
        for (int round = 0; round < 600; round++) {
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
        assertTrue(applied > 1200, "only " + applied + " fixes were tried");
    }

    private AnalysisResult analyze(TextDocument document, String origin) {
        AnalysisResult result = analyzer.analyze(document, "deploy.yaml", config, Cancellation.NONE);
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
