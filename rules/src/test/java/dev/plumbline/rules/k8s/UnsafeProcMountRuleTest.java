package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnsafeProcMountRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = UnsafeProcMountRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new UnsafeProcMountRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("Unmasked in any container list", POD + """
                          initContainers:
                            - name: init
                              securityContext: {procMount: «Unmasked»}
                          ephemeralContainers:
                            - name: debug
                              securityContext:
                                procMount: «"Unmasked"»
                        """),
                RuleCase.passes("Default, other spellings, pod level", POD + """
                          securityContext: {procMount: Unmasked}
                          containers:
                            - name: a
                              securityContext: {procMount: Default}
                            - name: b
                              securityContext: {procMount: unmasked}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageAndFix() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      securityContext: {procMount: Unmasked}\n",
                "Container \"web\" mounts /proc unmasked, exposing the node's kernel settings and process information"
                        + " that the runtime normally hides");
        tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n        runAsNonRoot: true\n"
                        + "        procMount: Unmasked\n", FIX,
                POD + "  containers:\n    - name: web\n      securityContext:\n        runAsNonRoot: true\n");
        tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n        procMount: Unmasked\n", FIX,
                POD + "  containers:\n    - name: web\n      securityContext:\n        procMount: Default\n");
    }
}
