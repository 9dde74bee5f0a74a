package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SingleReplicaRuleTest {

    private static final String HPA = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SingleReplicaRule(), new KubernetesLanguage(), "deploy.yaml")
                    .withConfig(TestConfigs.enabling(SingleReplicaRule.META));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("one or zero replicas, or none written", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: a}
                        spec:
                          replicas: «1»
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: {name: b}
                        spec:
                          replicas: «0»
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: c}
                        «spec»:
                          template: {}
                        """),
                RuleCase.flags("an HPA that may scale to one, or cannot scale", HPA + """
                        spec:
                          minReplicas: «1»
                          maxReplicas: 5
                        ---
                        """ + HPA + """
                        «spec»:
                          maxReplicas: 5
                        ---
                        """ + HPA + """
                        spec:
                          minReplicas: 3
                          maxReplicas: «3»
                        """),
                RuleCase.passes("enough replicas; a workload an HPA of the file scales is judged by the HPA", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: a}
                        spec:
                          replicas: 2
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          template: {}
                        ---
                        """ + HPA + """
                        spec:
                          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                          minReplicas: 2
                          maxReplicas: 10
                        """),
                RuleCase.passes("DaemonSets, ReplicaSets, values that are no numbers", """
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec: {}
                        ---
                        apiVersion: apps/v1
                        kind: ReplicaSet
                        spec: {replicas: 1}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec: {replicas: "${N}"}
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void isOffByDefault() {
        assertFalse(SingleReplicaRule.META.enabledByDefault());
    }

    @Test
    void messagesAndPeers() {
        var hpa = tester.onlyFinding(HPA + "spec:\n  maxReplicas: 4\n");
        assertEquals("HorizontalPodAutoscaler does not set minReplicas, so it may scale down to 1 replica; a restart,"
                + " eviction or node drain then takes the workload down", hpa.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "hpa-minimum-three-replicas"),
                PeerId.of(PeerId.KUBE_SCORE, "horizontalpodautoscaler-replicas"),
                PeerId.of(PeerId.POLARIS, "hpaMinAvailability")), hpa.peers());
        var equal = tester.onlyFinding(HPA + "spec: {minReplicas: 2, maxReplicas: 2}\n");
        assertEquals("HorizontalPodAutoscaler has maxReplicas equal to minReplicas (2), so it can never scale",
                equal.message());
        assertEquals(List.of(PeerId.of(PeerId.POLARIS, "hpaMaxAvailability")), equal.peers());
        tester.assertMessage("apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 1}\n",
                "Deployment runs 1 replica; a restart, eviction or node drain takes it down");
    }
}
