package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HpaReplicasConflictRuleTest {

    private static final String FIX = HpaReplicasConflictRule.FIX_TITLE;
    private static final String HPA = """
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            """;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HpaReplicasConflictRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a Deployment the HPA of the file scales", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          «replicas»: 3
                        """ + HPA),
                RuleCase.flags("a StatefulSet, HPA written first", """
                        apiVersion: autoscaling/v1
                        kind: HorizontalPodAutoscaler
                        spec:
                          scaleTargetRef: {kind: StatefulSet, name: db}
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: {name: db}
                        spec: {«replicas»: 1}
                        """),
                RuleCase.passes("no replicas; another name, kind or namespace; no HPA", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec: {template: {}}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: api}
                        spec: {replicas: 2}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web, namespace: other}
                        spec: {replicas: 2}
                        """ + HPA),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 3}\n" + HPA,
                "Deployment sets replicas while HorizontalPodAutoscaler/web scales it, so every apply resets the scale to"
                        + " 3 until the autoscaler corrects it; leave replicas out");
    }

    @Nested
    class QuickFix {

        @Test
        void removesReplicas() {
            tester.assertFix("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n"
                            + "  template: {}\n" + HPA, FIX,
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template: {}\n" + HPA);
        }
    }

    @Test
    void seesAutoscalersOfOtherFilesInScope() {
        String hpa = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n"
                + "  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 5\n";
        String deployment = DanglingServiceRuleTest.DEPLOYMENT.replace("spec:\n  selector", "spec:\n  «replicas»: 3\n  selector");
        CrossFileTester.of(new HpaReplicasConflictRule()).file("app/hpa.yaml", hpa).verify("app/deployment.yaml", deployment);
        CrossFileTester.of(new HpaReplicasConflictRule()).file("app/hpa.yaml", hpa).assertFix("app/deployment.yaml",
                deployment, HpaReplicasConflictRule.FIX_TITLE, DanglingServiceRuleTest.DEPLOYMENT);
        CrossFileTester.of(new HpaReplicasConflictRule()).file("elsewhere/hpa.yaml", hpa)
                .passes("app/deployment.yaml", deployment.replace("«", "").replace("»", ""));
    }
}
