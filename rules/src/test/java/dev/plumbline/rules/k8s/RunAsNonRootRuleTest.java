package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunAsNonRootRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = RunAsNonRootRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RunAsNonRootRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a deployment container without securityContext", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        spec:
                          template:
                            spec:
                              containers:
                                - «name: web»
                                  image: nginx:1.27
                        """),
                RuleCase.flags("every container list, and a securityContext without the keys", POD + """
                          initContainers:
                            - «name: init»
                              securityContext:
                                readOnlyRootFilesystem: true
                          containers:
                            - «name: app»
                          ephemeralContainers:
                            - «name: debug»
                        """),
                RuleCase.flags("runAsNonRoot true in another container does not count", POD + """
                          containers:
                            - name: a
                              securityContext: {runAsNonRoot: true}
                            - «name: b»
                        """),
                RuleCase.flags("runAsGroup 0: once on a pod-level value, on each container's own value", POD + """
                          securityContext:
                            runAsNonRoot: true
                            runAsGroup: «0»
                          containers:
                            - name: a
                            - name: b
                            - name: c
                              securityContext:
                                runAsGroup: «0»
                            - name: d
                              securityContext:
                                runAsGroup: 1000
                        """),
                RuleCase.passes("pod-level runAsNonRoot or runAsUser, and the YAML 1.1 spellings", POD + """
                          securityContext:
                            runAsNonRoot: yes
                          containers:
                            - name: a
                        ---
                        """ + POD + """
                          securityContext: {runAsUser: 1000}
                          containers:
                            - name: a
                        """),
                RuleCase.passes("a container-level runAsUser or runAsNonRoot", POD + """
                          containers:
                            - name: a
                              securityContext:
                                runAsUser: 10001
                            - name: b
                              securityContext:
                                runAsNonRoot: true
                        """),
                RuleCase.passes("explicit root is run-as-root's", POD + """
                          securityContext:
                            runAsUser: 0
                          containers:
                            - name: a
                            - name: b
                              securityContext:
                                runAsNonRoot: false
                        """),
                RuleCase.passes("a null container value falls back to the pod's", POD + """
                          securityContext:
                            runAsNonRoot: true
                          containers:
                            - name: a
                              securityContext:
                                runAsNonRoot:
                        """),
                RuleCase.passes("Windows pods", POD + """
                          os:
                            name: windows
                          containers:
                            - name: a
                        ---
                        """ + POD + """
                          nodeSelector:
                            kubernetes.io/os: windows
                          containers:
                            - name: a
                        """),
                RuleCase.passes("garbage shapes and an empty file", POD + """
                          securityContext: "strict"
                          containers: 3
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndPeerIds() {
        Finding user = tester.onlyFinding(POD + "  containers:\n    - name: web\n");
        assertEquals("Container \"web\" may run as root: neither it nor its pod sets runAsNonRoot: true or a runAsUser"
                + " above 0", user.message());
        assertEquals(List.of(RunAsNonRootRule.KL, RunAsNonRootRule.KS, RunAsNonRootRule.POL), user.peers());
        Finding group = tester.onlyFinding(POD + "  containers:\n    - name: web\n      securityContext:"
                + " {runAsUser: 5, runAsGroup: 0}\n");
        assertEquals("runAsGroup 0 gives Container \"web\" the root group's file permissions; use a group id above 0",
                group.message());
        assertEquals(List.of(RunAsNonRootRule.KS), group.peers());
    }

    @Nested
    class QuickFix {

        @Test
        void insertsRunAsNonRootAndRunAsUserIntoANewSecurityContext() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          image: nginx:1.27 # pinned
                    """, FIX, POD + """
                      containers:
                        - name: web
                          image: nginx:1.27 # pinned
                          securityContext:
                            runAsNonRoot: true
                            runAsUser: 1000
                    """);
        }

        @Test
        void mergesIntoAnExistingSecurityContextKeepingCommentsAndOrder() {
            tester.assertFix(POD + """
                      containers:
                      - name: web
                        securityContext:
                          # hardened
                          readOnlyRootFilesystem: true   # keep
                        ports:
                        - containerPort: 80
                    """, FIX, POD + """
                      containers:
                      - name: web
                        securityContext:
                          # hardened
                          readOnlyRootFilesystem: true   # keep
                          runAsNonRoot: true
                          runAsUser: 1000
                        ports:
                        - containerPort: 80
                    """);
        }

        @Test
        void completesAFlowSecurityContext() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext: {privileged: false}\n", FIX,
                    POD + "  containers:\n    - name: web\n      securityContext: {privileged: false, runAsNonRoot: true,"
                            + " runAsUser: 1000}\n");
        }

        @Test
        void setsAGroupAboveZero() {
            tester.assertFix(POD + "  securityContext:\n    runAsNonRoot: true\n    runAsGroup: «0» # root group\n"
                            + "  containers:\n    - name: web\n", RunAsNonRootRule.GROUP_FIX_TITLE,
                    POD + "  securityContext:\n    runAsNonRoot: true\n    runAsGroup: 1000 # root group\n"
                            + "  containers:\n    - name: web\n");
        }

        @Test
        void hardensTheWholeSecurityContext() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              add: [NET_BIND_SERVICE]
                    """, HardenedSecurityContext.FIX_TITLE, POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              add: [NET_BIND_SERVICE]
                              drop: ["ALL"]
                            runAsNonRoot: true
                            runAsUser: 1000
                            allowPrivilegeEscalation: false
                            readOnlyRootFilesystem: true
                    """);
        }

        @Test
        void keepsCrlf() {
            tester.assertFix((POD + "  containers:\n    - name: web\n").replace("\n", "\r\n"), FIX,
                    (POD + "  containers:\n    - name: web\n      securityContext:\n        runAsNonRoot: true\n"
                            + "        runAsUser: 1000\n").replace("\n", "\r\n"));
        }

        @Test
        void noFixForAContainerWrittenAsAnAlias() {
            List<Finding> findings = tester.findings(POD + """
                      initContainers:
                        - &c
                          name: shared
                      containers:
                        - *c
                    """);
            assertEquals(2, findings.size(), RuleTester.describe(findings));
            assertEquals(List.of(), findings.get(1).fixes());
        }
    }
}
