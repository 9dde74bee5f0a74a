package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateKeyRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DuplicateKeyRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a repeated key in a container", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                              «image»: nginx:1.26
                        """),
                RuleCase.flags("flow mappings, quoted keys and every document", POD + """
                          containers: [{name: a, «name»: b}]
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        data:
                          "k": 1
                          «k»: 2
                        """),
                RuleCase.passes("keys brought in by merge keys, and repeated merge keys", POD + """
                          initContainers:
                            - &a {name: a, image: "busybox:1"}
                            - &b {name: b, command: [sh]}
                          containers:
                            - <<: *a
                              <<: *b
                              name: c
                        """),
                RuleCase.passes("the same key in different mappings", POD + """
                          containers:
                            - name: a
                            - name: b
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheKeyAndWhereItWasFirst() {
        tester.assertMessage(POD + "  hostNetwork: true\n  hostNetwork: false\n",
                "Duplicate key \"hostNetwork\" (first defined at 6:3)");
    }
}
