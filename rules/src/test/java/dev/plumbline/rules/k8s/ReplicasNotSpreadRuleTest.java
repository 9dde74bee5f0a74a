package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReplicasNotSpreadRuleTest {

    private static final String FIX = ReplicasNotSpreadRule.FIX_TITLE;
    private static final String HEAD = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ReplicasNotSpreadRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("more than one replica, nothing spreads them", HEAD + """
                          replicas: «3»
                          template:
                            spec:
                              containers: [{name: web}]
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec:
                          replicas: «2»
                          template:
                            spec:
                              affinity:
                                podAntiAffinity:
                                  requiredDuringSchedulingIgnoredDuringExecution:
                                    - topologyKey: topology.kubernetes.io/zone
                              topologySpreadConstraints: []
                        """),
                RuleCase.passes("one replica, none written, or a value that is no number", HEAD + """
                          replicas: 1
                          template: {spec: {}}
                        ---
                        """ + HEAD + """
                          template: {spec: {}}
                        ---
                        """ + HEAD + """
                          replicas: "${REPLICAS}"
                          template: {spec: {}}
                        """),
                RuleCase.passes("spread by constraints or a hostname anti-affinity term", HEAD + """
                          replicas: 3
                          template:
                            spec:
                              topologySpreadConstraints:
                                - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule}
                        ---
                        """ + HEAD + """
                          replicas: 3
                          template:
                            spec:
                              affinity:
                                podAntiAffinity:
                                  preferredDuringSchedulingIgnoredDuringExecution:
                                    - weight: 100
                                      podAffinityTerm:
                                        topologyKey: kubernetes.io/hostname
                        ---
                        """ + HEAD + """
                          replicas: 3
                          template:
                            spec:
                              affinity:
                                podAntiAffinity:
                                  requiredDuringSchedulingIgnoredDuringExecution:
                                    - topologyKey: kubernetes.io/hostname
                        """),
                RuleCase.passes("DaemonSets, Jobs and custom kinds", """
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec:
                          replicas: 3
                          template: {spec: {}}
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          parallelism: 3
                          template: {spec: {}}
                        ---
                        apiVersion: example.com/v1
                        kind: Deployment
                        spec:
                          replicas: 3
                          template: {spec: {}}
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
    void messageAndPeers() {
        var finding = tester.onlyFinding(HEAD + "  replicas: 3\n  template: {spec: {}}\n");
        assertEquals("Deployment runs 3 replicas, but neither a podAntiAffinity term on kubernetes.io/hostname nor"
                + " topologySpreadConstraints keeps them on different nodes, so one node failure can take them all"
                + " down", finding.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "no-anti-affinity"),
                PeerId.of(PeerId.KUBE_SCORE, "deployment-has-host-podantiaffinity"),
                PeerId.of(PeerId.POLARIS, "topologySpreadConstraint")), finding.peers());
    }

    @Nested
    class QuickFix {

        @Test
        void insertsAConstraintOnTheSelectorLabels() {
            tester.assertFix(HEAD + """
                      replicas: 3
                      selector:
                        matchLabels:
                          app: web
                      template:
                        metadata:
                          labels:
                            app: web
                            version: "2"
                        spec:
                          containers:
                            - name: web
                              image: nginx:1.27.3
                    """, FIX, HEAD + """
                      replicas: 3
                      selector:
                        matchLabels:
                          app: web
                      template:
                        metadata:
                          labels:
                            app: web
                            version: "2"
                        spec:
                          containers:
                            - name: web
                              image: nginx:1.27.3
                          topologySpreadConstraints:
                            - maxSkew: 1
                              topologyKey: kubernetes.io/hostname
                              whenUnsatisfiable: ScheduleAnyway
                              labelSelector:
                                matchLabels:
                                  app: web
                    """);
        }

        @Test
        void usesTheTemplateLabelsWithoutASelectorAndKeepsFourSpaceIndentation() {
            tester.assertFix("""
                    apiVersion: v1
                    kind: ReplicationController
                    spec:
                        replicas: 2
                        template:
                            metadata:
                                labels: {app: "web", tier: "1.0"}
                            spec:
                                containers: []
                    """, FIX, """
                    apiVersion: v1
                    kind: ReplicationController
                    spec:
                        replicas: 2
                        template:
                            metadata:
                                labels: {app: "web", tier: "1.0"}
                            spec:
                                containers: []
                                topologySpreadConstraints:
                                    - maxSkew: 1
                                      topologyKey: kubernetes.io/hostname
                                      whenUnsatisfiable: ScheduleAnyway
                                      labelSelector:
                                          matchLabels:
                                              app: "web"
                                              tier: "1.0"
                    """);
        }

        @Test
        void writesFlowStyleIntoAFlowPodSpec() {
            tester.assertFix(HEAD + "  replicas: 2\n  selector: {matchLabels: {app: web}}\n"
                            + "  template: {metadata: {labels: {app: web}}, spec: {containers: []}}\n", FIX,
                    HEAD + "  replicas: 2\n  selector: {matchLabels: {app: web}}\n"
                            + "  template: {metadata: {labels: {app: web}}, spec: {containers: [], topologySpreadConstraints:"
                            + " [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway,"
                            + " labelSelector: {matchLabels: {app: web}}}]}}\n");
        }

        @Test
        void noFixWithoutLabelsOrWithAnEmptyConstraintList() {
            assertEquals(List.of(), tester.onlyFinding(HEAD + "  replicas: 2\n  template: {spec: {containers: []}}\n")
                    .fixes());
            assertEquals(List.of(), tester.onlyFinding(HEAD + "  replicas: 2\n  selector: {matchLabels: {app: web}}\n"
                    + "  template: {spec: {topologySpreadConstraints: []}}\n").fixes());
        }
    }
}
