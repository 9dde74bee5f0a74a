package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SelectorMismatchRuleTest {

    private static final String FIX = SelectorMismatchRule.FIX_TITLE;
    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SelectorMismatchRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a label the template lacks, and one with another value", DEPLOYMENT + """
                          selector:
                            matchLabels:
                              «tier: web»
                              «app: shop»
                          template:
                            metadata:
                              labels:
                                app: web
                            spec:
                              containers: [{name: web, image: "nginx:1.27"}]
                        """),
                RuleCase.flags("a template without labels at all", DEPLOYMENT + """
                          selector:
                            matchLabels: {«app: web»}
                          template:
                            spec:
                              containers: [{name: web, image: "nginx:1.27"}]
                        """),
                RuleCase.flags("matchExpressions: In, NotIn, Exists and DoesNotExist", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec:
                          selector:
                            matchExpressions:
                              - «key: app»
                                operator: In
                                values: [api, worker]
                              - «key: canary»
                                operator: DoesNotExist
                              - key: app
                                operator: NotIn
                                values: [db]
                              - «key: zone»
                                operator: Exists
                          template:
                            metadata:
                              labels: {app: web, canary: "true"}
                        """),
                RuleCase.flags("DaemonSet, ReplicaSet, Job and ReplicationController (plain map)", """
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec:
                          selector: {matchLabels: {«app: a»}}
                          template: {metadata: {labels: {app: b}}}
                        ---
                        apiVersion: apps/v1
                        kind: ReplicaSet
                        spec:
                          selector: {matchLabels: {«app: a»}}
                          template: {metadata: {labels: {app: b}}}
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          selector: {matchLabels: {«app: a»}}
                          manualSelector: true
                          template: {metadata: {labels: {app: b}}}
                        ---
                        apiVersion: v1
                        kind: ReplicationController
                        spec:
                          selector: {«app: a»}
                          template: {metadata: {labels: {app: b}}}
                        """),
                RuleCase.flags("quoted values are compared as strings", DEPLOYMENT + """
                          selector:
                            matchLabels:
                              «version: "1.0"»
                          template:
                            metadata:
                              labels:
                                version: "1"
                        """),
                RuleCase.passes("a matching selector, extra template labels, merged labels", DEPLOYMENT + """
                          selector:
                            matchLabels: &sel
                              app: web
                            matchExpressions:
                              - {key: track, operator: In, values: [stable, canary]}
                              - {key: legacy, operator: DoesNotExist}
                          template:
                            metadata:
                              labels:
                                <<: *sel
                                track: stable
                                version: v2
                        """),
                RuleCase.passes("no selector (defaulted or another rule's), no template", DEPLOYMENT + """
                          template:
                            metadata:
                              labels: {app: web}
                        ---
                        apiVersion: v1
                        kind: ReplicationController
                        spec:
                          template: {metadata: {labels: {app: web}}}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          selector: {matchLabels: {app: web}}
                        """),
                RuleCase.passes("selectors that cannot be read are not judged", DEPLOYMENT + """
                          selector:
                            matchLabels: {app: [web]}
                          template: {metadata: {labels: {app: other}}}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          selector:
                            matchExpressions: [{key: app, operator: Like, values: [w*]}]
                          template: {metadata: {labels: {app: other}}}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          selector: {}
                          template: {metadata: {labels: {app: other}}}
                        """),
                RuleCase.passes("kinds outside the apps, batch and core groups", """
                        apiVersion: example.com/v1
                        kind: Deployment
                        spec:
                          selector: {matchLabels: {app: a}}
                          template: {metadata: {labels: {app: b}}}
                        ---
                        apiVersion: v1
                        kind: Service
                        spec:
                          selector: {app: a}
                        """),
                RuleCase.passes("garbage shapes", DEPLOYMENT + """
                          selector: web
                          template: [a]
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec: ~
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
    void messagesNameTheLabelAndTheKind() {
        tester.assertMessage(DEPLOYMENT + "  selector: {matchLabels: {app: shop}}\n  template: {metadata: {labels: {app: web}}}\n",
                "Selector label \"app: shop\" does not match the pod template's label \"app: web\", so the API server"
                        + " rejects the Deployment");
        tester.assertMessage(DEPLOYMENT + "  selector: {matchLabels: {tier: web}}\n  template: {metadata: {labels: {app: web}}}\n",
                "Selector label \"tier: web\" is not among the pod template's labels, so the API server rejects the"
                        + " Deployment");
        tester.assertMessage(DEPLOYMENT + "  selector:\n    matchExpressions: [{key: app, operator: In, values: [a, b]}]\n"
                        + "  template: {metadata: {labels: {app: web}}}\n",
                "Selector expression \"app In (a, b)\" does not match the pod template's labels, so the API server"
                        + " rejects the Deployment");
    }

    @Test
    void peerAnnotationsSuppressTheFindingsTheyName() {
        String body = "spec:\n  selector: {matchLabels: {app: a}}\n  template: {metadata: {labels: {app: b}}}\n";
        assertEquals(List.of(), tester.findings("apiVersion: apps/v1\n"
                + "kind: Deployment\nmetadata:\n  annotations:\n    ignore-check.kube-linter.io/mismatching-selector: legacy\n"
                + body));
        assertEquals(1, tester.findings("apiVersion: apps/v1\nkind: DaemonSet\n"
                + "metadata:\n  annotations:\n    kube-score/ignore: deployment-pod-selector-labels-match-template-metadata-labels\n"
                + body).size(), "a Deployment-only kube-score check does not cover a DaemonSet");
    }

    @Nested
    class QuickFix {

        @Test
        void addsTheLabelToExistingTemplateLabels() {
            tester.assertFix(DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                          «tier: "1"»
                      template:
                        metadata:
                          labels:
                            app: web # main
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                    """, FIX, DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                          tier: "1"
                      template:
                        metadata:
                          labels:
                            app: web # main
                            tier: "1"
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                    """);
        }

        @Test
        void createsLabelsAndMetadataWhenMissing() {
            tester.assertFix(DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                      template:
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                    """, FIX, DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                      template:
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                        metadata:
                          labels:
                            app: web
                    """);
            tester.assertFix(DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                      template:
                        metadata:
                          annotations: {a: b}
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                    """, FIX, DEPLOYMENT + """
                      selector:
                        matchLabels:
                          app: web
                      template:
                        metadata:
                          annotations: {a: b}
                          labels:
                            app: web
                        spec:
                          containers: [{name: web, image: "nginx:1.27"}]
                    """);
        }

        @Test
        void fillsNullLabelsAndFlowLabels() {
            tester.assertFix(DEPLOYMENT + "  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n"
                            + "      labels:\n    spec: {}\n", FIX,
                    DEPLOYMENT + "  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n"
                            + "      labels:\n        app: web\n    spec: {}\n");
            tester.assertFix(DEPLOYMENT + "  selector: {matchLabels: {app: web, «tier: db»}}\n"
                            + "  template: {metadata: {labels: {app: web}}}\n", FIX,
                    DEPLOYMENT + "  selector: {matchLabels: {app: web, tier: db}}\n"
                            + "  template: {metadata: {labels: {app: web, tier: db}}}\n");
        }

        @Test
        void keepsCrlf() {
            String before = (DEPLOYMENT + "  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n"
                    + "      labels:\n        run: x\n").replace("\n", "\r\n");
            String after = (DEPLOYMENT + "  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n"
                    + "      labels:\n        run: x\n        app: web\n").replace("\n", "\r\n");
            tester.assertFix(before, FIX, after);
        }

        @Test
        void noFixWhenTheLabelHasAnotherValueOrTheLabelsAreShared() {
            assertEquals(List.of(), tester.onlyFinding(DEPLOYMENT
                    + "  selector: {matchLabels: {app: shop}}\n  template: {metadata: {labels: {app: web}}}\n").fixes());
            assertEquals(List.of(), tester.onlyFinding("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      labels: &l {app: web}
                    spec:
                      selector: {matchLabels: {tier: db}}
                      template: {metadata: {labels: *l}}
                    """).fixes());
        }
    }
}
