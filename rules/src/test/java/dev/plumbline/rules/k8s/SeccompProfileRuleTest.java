package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeccompProfileRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";
    private static final String FIX = SeccompProfileRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SeccompProfileRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("once per pod, on its spec key", POD + """
                        «spec»:
                          initContainers: [{name: init}]
                          containers:
                            - name: a
                            - name: b
                              securityContext:
                                seccompProfile: {type: RuntimeDefault}
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: d}
                        spec:
                          template:
                            «spec»:
                              containers: [{name: a}]
                        """),
                RuleCase.flags("Unconfined: on the container's value, once on the pod's", POD + """
                        spec:
                          securityContext:
                            seccompProfile:
                              type: «Unconfined»
                          containers:
                            - name: a
                            - name: b
                            - name: c
                              securityContext:
                                seccompProfile: {type: «Unconfined»}
                            - name: d
                              securityContext:
                                seccompProfile: {type: Localhost, localhostProfile: profiles/d.json}
                        """),
                RuleCase.passes("a pod-level profile covers every container; ephemeral containers do not count", POD + """
                        spec:
                          securityContext:
                            seccompProfile:
                              type: RuntimeDefault
                          containers: [{name: a}]
                        ---
                        """ + POD + """
                        spec:
                          containers:
                            - name: a
                              securityContext: {seccompProfile: {type: RuntimeDefault}}
                          ephemeralContainers: [{name: debug}]
                        """),
                RuleCase.passes("Windows pods and pods without containers", POD + """
                        spec:
                          os: {name: windows}
                          containers: [{name: a}]
                        ---
                        """ + POD + """
                        spec:
                          restartPolicy: Never
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(POD + "spec:\n  containers: [{name: a}, {image: b}]\n", "Pod/p sets no seccompProfile for its"
                + " pod or for containers \"a\", #2, so they can make system calls the runtime's default profile would block");
        tester.assertMessage(POD + "spec:\n  containers:\n    - name: web\n      securityContext: {seccompProfile:"
                + " {type: Unconfined}}\n", "Container \"web\"'s seccompProfile is Unconfined, so it can make every system"
                + " call, including the ones container escapes use");
    }

    @Nested
    class QuickFix {

        @Test
        void insertsAPodLevelProfile() {
            tester.assertFix(POD + "spec:\n  containers:\n    - name: web\n", FIX,
                    POD + "spec:\n  containers:\n    - name: web\n  securityContext:\n    seccompProfile:\n"
                            + "      type: RuntimeDefault\n");
            tester.assertFix(POD + "spec:\n  securityContext:\n    runAsNonRoot: true # all\n  containers:\n    - name: web\n",
                    FIX, POD + "spec:\n  securityContext:\n    runAsNonRoot: true # all\n    seccompProfile:\n"
                            + "      type: RuntimeDefault\n  containers:\n    - name: web\n");
        }

        @Test
        void replacesUnconfined() {
            tester.assertFix(POD + "spec:\n  securityContext:\n    seccompProfile: {type: Unconfined}\n"
                            + "  containers:\n    - name: web\n", SeccompProfileRule.UNCONFINED_FIX_TITLE,
                    POD + "spec:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n"
                            + "  containers:\n    - name: web\n");
        }
    }
}
