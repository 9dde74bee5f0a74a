package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunAsRootRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = RunAsRootRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RunAsRootRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("runAsUser 0 on containers of every list", POD + """
                          initContainers:
                            - name: init
                              securityContext: {runAsUser: «0»}
                          containers:
                            - name: app
                              securityContext:
                                runAsUser: «0»
                          ephemeralContainers:
                            - name: debug
                              securityContext: {runAsNonRoot: «false»}
                        """),
                RuleCase.flags("a pod-level value is reported once, for the containers that inherit it", POD + """
                          securityContext:
                            runAsUser: «0»
                          containers:
                            - name: a
                            - name: b
                            - name: c
                              securityContext:
                                runAsUser: 1000
                        """),
                RuleCase.flags("runAsNonRoot false (YAML 1.1 spelling too) without a UID above 0", POD + """
                          securityContext:
                            runAsNonRoot: «off»
                          containers:
                            - name: a
                        """),
                RuleCase.flags("runAsUser 0 wins over runAsNonRoot true", POD + """
                          securityContext:
                            runAsNonRoot: true
                          containers:
                            - name: a
                              securityContext:
                                runAsUser: «0»
                        """),
                RuleCase.passes("a container's own UID overrides the pod's 0", POD + """
                          securityContext:
                            runAsUser: 0
                          containers:
                            - name: a
                              securityContext:
                                runAsUser: 1000
                        """),
                RuleCase.passes("runAsNonRoot false with a UID above 0 runs as that user", POD + """
                          securityContext:
                            runAsUser: 1000
                          containers:
                            - name: a
                              securityContext:
                                runAsNonRoot: false
                        """),
                RuleCase.passes("root that is only possible is run-as-non-root's", POD + """
                          containers:
                            - name: a
                        """),
                RuleCase.passes("a quoted 0 is a string (a schema error), not root", POD + """
                          containers:
                            - name: a
                              securityContext:
                                runAsUser: "0"
                        """),
                RuleCase.passes("Windows pods", POD + """
                          os: {name: windows}
                          securityContext:
                            runAsUser: 0
                          containers:
                            - name: a
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameWhereRootComesFrom() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      securityContext: {runAsUser: 0}\n",
                "Container \"web\" sets runAsUser: 0, so it runs as root; run it as a user above 0");
        tester.assertMessage(POD + "  securityContext:\n    runAsNonRoot: false\n  containers:\n    - name: web\n",
                "The pod's securityContext sets runAsNonRoot to false and no runAsUser above 0, so its containers"
                        + " may run as root; run them as a user above 0");
    }

    @Nested
    class QuickFix {

        @Test
        void replacesTheContainerValueAndAddsRunAsNonRoot() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            runAsUser: 0 # legacy image
                            readOnlyRootFilesystem: true
                    """, FIX, POD + """
                      containers:
                        - name: web
                          securityContext:
                            runAsUser: 1000 # legacy image
                            readOnlyRootFilesystem: true
                            runAsNonRoot: true
                    """);
        }

        @Test
        void editsThePodLevelSecurityContext() {
            tester.assertFix(POD + """
                      securityContext:
                        runAsNonRoot: false
                        fsGroup: 2000
                      containers:
                        - name: web
                    """, FIX, POD + """
                      securityContext:
                        runAsNonRoot: true
                        fsGroup: 2000
                        runAsUser: 1000
                      containers:
                        - name: web
                    """);
        }

        @Test
        void aFlowSecurityContext() {
            tester.assertFix(POD + "  containers:\n    - {name: web, securityContext: {runAsNonRoot: false}}\n", FIX,
                    POD + "  containers:\n    - {name: web, securityContext: {runAsNonRoot: true, runAsUser: 1000}}\n");
        }
    }

    @Test
    void aPodSpecWrittenAsAnAliasGetsNoFix() {
        String source = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Pod
                    metadata: {name: a}
                    spec: &spec
                      securityContext: {runAsUser: 0}
                      containers:
                        - name: a
                  - apiVersion: v1
                    kind: Pod
                    metadata: {name: b}
                    spec: *spec
                """;
        List<Finding> findings = tester.findings(source);
        assertEquals(2, findings.size(), RuleTester.describe(findings));
        assertEquals(List.of(1, 0), findings.stream().map(f -> f.fixes().size()).toList());
    }
}
