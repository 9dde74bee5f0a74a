package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrivilegedContainerRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = PrivilegedContainerRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new PrivilegedContainerRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("privileged in every container list", POD + """
                          initContainers:
                            - name: init
                              securityContext: {privileged: «true»}
                          containers:
                            - name: app
                              securityContext:
                                privileged: «yes»
                          ephemeralContainers:
                            - name: debug
                              securityContext: {privileged: «on»}
                        """),
                RuleCase.flags("HostProcess on the pod (once) and on a container", POD + """
                          securityContext:
                            windowsOptions:
                              hostProcess: «true»
                          hostNetwork: true
                          containers:
                            - name: a
                            - name: b
                              securityContext:
                                windowsOptions: {hostProcess: «true»}
                        """),
                RuleCase.passes("false, a quoted true, a null", POD + """
                          containers:
                            - name: a
                              securityContext: {privileged: false}
                            - name: b
                              securityContext: {privileged: "true"}
                            - name: c
                              securityContext:
                                privileged:
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void eachFindingCarriesThePeerIdThatFits() {
        var findings = tester.findings(POD + """
                  securityContext: {windowsOptions: {hostProcess: true}}
                  containers:
                    - name: a
                      securityContext: {privileged: true}
                """);
        assertEquals(List.of(List.of(PrivilegedContainerRule.POL_HOST_PROCESS),
                List.of(PrivilegedContainerRule.KL, PrivilegedContainerRule.KS, PrivilegedContainerRule.POL_PRIVILEGED)),
                findings.stream().map(f -> f.peers()).toList());
        assertEquals("Container \"a\" is privileged: it gets every capability and the node's devices, so escaping to"
                + " the node is easy", findings.get(1).message());
    }

    @Test
    void theFixTurnsOffPrivilegedAndEscalation() {
        tester.assertFix(POD + """
                  containers:
                    - name: agent
                      securityContext:
                        privileged: true # needs /dev
                        readOnlyRootFilesystem: true
                        runAsNonRoot: true
                        capabilities: {drop: [ALL]}
                """, FIX, POD + """
                  containers:
                    - name: agent
                      securityContext:
                        privileged: false # needs /dev
                        readOnlyRootFilesystem: true
                        runAsNonRoot: true
                        capabilities: {drop: [ALL]}
                        allowPrivilegeEscalation: false
                """);
        tester.assertFix(POD + "  containers:\n    - {name: agent, securityContext: {privileged: true,"
                        + " allowPrivilegeEscalation: true, readOnlyRootFilesystem: true, runAsNonRoot: true,"
                        + " capabilities: {drop: [ALL]}}}\n", FIX,
                POD + "  containers:\n    - {name: agent, securityContext: {privileged: false,"
                        + " allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true,"
                        + " capabilities: {drop: [ALL]}}}\n");
    }
}
