package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
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

class ReadOnlyRootFsRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = ReadOnlyRootFsRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ReadOnlyRootFsRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("containers and init containers, not ephemeral ones", POD + """
                          initContainers:
                            - «name: init»
                          containers:
                            - «name: app»
                              securityContext:
                                runAsNonRoot: true
                          ephemeralContainers:
                            - name: debug
                        """),
                RuleCase.flags("false, a quoted true, an empty value", POD + """
                          containers:
                            - name: a
                              securityContext: {readOnlyRootFilesystem: «false»}
                            - name: b
                              securityContext:
                                readOnlyRootFilesystem: «"true"»
                            - «name: c»
                              securityContext:
                                readOnlyRootFilesystem:
                        """),
                RuleCase.flags("the pod-level key does not exist and does not count", POD + """
                          securityContext:
                            readOnlyRootFilesystem: true
                          containers:
                            - «name: app»
                        """),
                RuleCase.passes("true and its YAML 1.1 spellings, merged from an anchor too", POD + """
                          initContainers:
                            - name: a
                              securityContext: &ro
                                readOnlyRootFilesystem: yes
                          containers:
                            - name: b
                              securityContext:
                                <<: *ro
                            - name: c
                              securityContext: {readOnlyRootFilesystem: True}
                        """),
                RuleCase.passes("Windows pods", POD + """
                          os: {name: windows}
                          containers:
                            - name: a
                        """),
                RuleCase.passes("a Job's containers count too, but a Service has none", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: s
                        spec:
                          ports: [{port: 80}]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n", "Container \"web\" does not set"
                + " readOnlyRootFilesystem: true, so anything running in it can change its binaries and configuration");
        tester.assertMessage(POD + "  containers:\n    - name: web\n      securityContext: {readOnlyRootFilesystem: no}\n",
                "Container \"web\" sets readOnlyRootFilesystem to no, so anything running in it can change its binaries"
                        + " and configuration");
    }

    @Nested
    class QuickFix {

        @Test
        void setsAWrongValueInPlace() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        readOnlyRootFilesystem: false # for now\n", FIX,
                    POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        readOnlyRootFilesystem: true # for now\n");
        }

        @Test
        void insertsTheKeyIntoANewSecurityContext() {
            tester.assertFix(POD + "  initContainers:\n  - name: init\n    image: busybox:1.36\n", FIX,
                    POD + "  initContainers:\n  - name: init\n    image: busybox:1.36\n    securityContext:\n"
                            + "      readOnlyRootFilesystem: true\n");
        }

        @Test
        void hardeningCompletesWhatIsMissingOnly() {
            tester.assertFix(POD + """
                      securityContext:
                        runAsUser: 2000
                      containers:
                        - name: web
                          securityContext:
                            allowPrivilegeEscalation: false
                            capabilities: {drop: [NET_RAW]}
                    """, HardenedSecurityContext.FIX_TITLE, POD + """
                      securityContext:
                        runAsUser: 2000
                      containers:
                        - name: web
                          securityContext:
                            allowPrivilegeEscalation: false
                            capabilities: {drop: [NET_RAW, ALL]}
                            runAsNonRoot: true
                            readOnlyRootFilesystem: true
                    """);
        }

        @Test
        void noHardeningWhenOnlyThisSettingIsMissing() {
            Finding finding = tester.onlyFinding(POD + """
                      containers:
                        - name: web
                          securityContext:
                            runAsNonRoot: true
                            allowPrivilegeEscalation: false
                            capabilities: {drop: ["ALL"]}
                    """);
            assertEquals(List.of(FIX), finding.fixes().stream().map(Fix::title).toList());
        }

        @Test
        void noHardeningForPrivilegedContainers() {
            Finding finding = tester.onlyFinding(POD + "  containers:\n    - name: web\n      securityContext:"
                    + " {privileged: true}\n");
            assertEquals(List.of(FIX), finding.fixes().stream().map(Fix::title).toList());
        }
    }
}
