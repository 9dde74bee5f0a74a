package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateContainerNameRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DuplicateContainerNameRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("twice in containers, every later one reported", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                            - name: «web»
                              image: nginx:1.27
                            - {name: «web»}
                        """),
                RuleCase.flags("across init and ephemeral containers", POD + """
                          initContainers:
                            - name: setup
                          containers:
                            - name: «setup»
                          ephemeralContainers:
                            - name: «"setup"»
                        """),
                RuleCase.flags("an alias item repeats the anchored container", POD + """
                          initContainers:
                            - &c
                              name: shared
                          containers:
                            - «*c»
                        """),
                RuleCase.flags("in a Deployment template", """
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          template:
                            spec:
                              containers: [{name: a}, {name: «a»}]
                        """),
                RuleCase.passes("distinct names, unnamed items, other pods", POD + """
                          containers:
                            - name: web
                            - name: Web
                            - image: nginx:1.27
                            - image: nginx:1.27
                        ---
                        """ + POD + """
                          containers:
                            - name: web
                        """),
                RuleCase.passes("garbage shapes", POD + "  containers: web\n  initContainers: [a, a]\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void messageNamesBothLists() {
        tester.assertMessage(POD + "  initContainers: [{name: setup}]\n  containers: [{name: setup}]\n",
                "Container name \"setup\" is already used by an init container of this pod; the API server rejects the"
                        + " Pod (container names must be unique across containers, initContainers and"
                        + " ephemeralContainers)");
    }
}
