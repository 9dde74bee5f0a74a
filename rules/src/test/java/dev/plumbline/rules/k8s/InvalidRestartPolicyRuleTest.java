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

class InvalidRestartPolicyRuleTest {

    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n"
            + "  template:\n    spec:\n";
    private static final String JOB = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n"
            + "  template:\n    spec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new InvalidRestartPolicyRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("Never and OnFailure in controllers", DEPLOYMENT + """
                              restartPolicy: «Never»
                              containers: [{name: web}]
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec:
                          template:
                            spec: {restartPolicy: «OnFailure», containers: []}
                        ---
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec:
                          template:
                            spec: {restartPolicy: «"Never"»}
                        ---
                        apiVersion: v1
                        kind: ReplicationController
                        spec:
                          template:
                            spec: {restartPolicy: «Never»}
                        ---
                        apiVersion: apps/v1
                        kind: ReplicaSet
                        spec:
                          template:
                            spec: {restartPolicy: «OnFailure»}
                        """),
                RuleCase.flags("Always in a Job and a CronJob", JOB + """
                              restartPolicy: «Always»
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  restartPolicy: «Always»
                        """),
                RuleCase.flags("a Job without restartPolicy sits on the template's spec key", """
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          template:
                            «spec»:
                              containers: [{name: job, image: "busybox:1.36"}]
                        """),
                RuleCase.passes("a patch-like Job or CronJob (no image, no schedule) is not judged for what it lacks", """
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          template:
                            spec:
                              containers: [{name: job, resources: {limits: {memory: 1Gi}}}]
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers: [{name: job, image: "busybox:1.36"}]
                        """),
                RuleCase.passes("the policies each kind accepts", DEPLOYMENT + """
                              restartPolicy: Always
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          template:
                            spec: {containers: []}
                        ---
                        """ + JOB + """
                              restartPolicy: OnFailure
                        ---
                        """ + JOB + """
                              restartPolicy: Never
                        """),
                RuleCase.passes("a Pod may use any policy; sidecar init containers set their own", """
                        apiVersion: v1
                        kind: Pod
                        spec:
                          restartPolicy: Never
                          initContainers:
                            - name: proxy
                              restartPolicy: Always
                        ---
                        """ + JOB + """
                              restartPolicy: Never
                              initContainers:
                                - name: proxy
                                  restartPolicy: Always
                        """),
                RuleCase.passes("values outside the enum are the schema's, custom kinds are not ours", DEPLOYMENT + """
                              restartPolicy: Sometimes
                        ---
                        apiVersion: example.com/v1
                        kind: Job
                        spec:
                          template:
                            spec: {restartPolicy: Always}
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
    void messagesAndPeers() {
        var controller = tester.onlyFinding(DEPLOYMENT + "      restartPolicy: Never\n");
        assertEquals("Deployment pods must use restartPolicy Always; the API server rejects \"Never\"",
                controller.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "restart-policy")), controller.peers());
        var cronJob = tester.onlyFinding("apiVersion: batch/v1\nkind: CronJob\nspec:\n  schedule: \"@daily\"\n"
                + "  jobTemplate:\n    spec:\n      template:\n        spec: {containers: []}\n");
        assertEquals("CronJob pod template does not set restartPolicy, so it defaults to Always, which the API server"
                + " rejects for a CronJob; set OnFailure or Never", cronJob.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_SCORE, "cronjob-restartpolicy")), cronJob.peers());
        assertEquals(List.of(), tester.onlyFinding(JOB + "      restartPolicy: Always\n").peers());
    }

    @Nested
    class QuickFix {

        @Test
        void setsAlwaysInAController() {
            tester.assertFix(DEPLOYMENT + "      restartPolicy: Never # why\n      containers: []\n",
                    InvalidRestartPolicyRule.SET_ALWAYS,
                    DEPLOYMENT + "      restartPolicy: Always # why\n      containers: []\n");
        }

        @Test
        void setsOnFailureInAJob() {
            tester.assertFix(JOB + "      restartPolicy: 'Always'\n", InvalidRestartPolicyRule.SET_ON_FAILURE,
                    JOB + "      restartPolicy: OnFailure\n");
        }

        @Test
        void insertsOnFailureWhenMissing() {
            tester.assertFix(JOB + "      containers:\n        - name: job\n          image: busybox:1.36\n",
                    InvalidRestartPolicyRule.SET_ON_FAILURE,
                    JOB + "      containers:\n        - name: job\n          image: busybox:1.36\n"
                            + "      restartPolicy: OnFailure\n");
            tester.assertFix("apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec: {containers: []}\n",
                    InvalidRestartPolicyRule.SET_ON_FAILURE,
                    "apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec: {containers: [], restartPolicy:"
                            + " OnFailure}\n");
        }

        @Test
        void noFixForAPolicyInheritedThroughAMergeKey() {
            assertEquals(List.of(), tester.onlyFinding("""
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      annotations: &base {restartPolicy: Always}
                    spec:
                      template:
                        spec:
                          <<: *base
                          containers: []
                    """).fixes());
        }
    }
}
