package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlSyntaxRuleTest {

    private static final String HEAD = "apiVersion: v1\nkind: ConfigMap\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new YamlSyntaxRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unclosed quote, later documents still parse", HEAD + """
                        data:
                          a: «"unclosed»
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        data:
                          b: «[»unclosed
                        ---
                        apiVersion: v1
                        kind: ConfigMap
                        data: {fine: yes}
                        """),
                RuleCase.flags("undefined alias", HEAD + "data:\n  a: «*nowhere»\n"),
                RuleCase.passes("valid multi-document file", HEAD + "data: {a: b}\n---\n" + HEAD + "data:\n  c: &x d\n  e: *x\n"),
                RuleCase.passes("duplicate keys are another rule's", HEAD + "data:\n  a: 1\n  a: 2\n"),
                RuleCase.passes("empty documents", HEAD + "---\n---\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void tabIndentationIsOneFinding() {
        tester.onlyFinding(HEAD + "data:\n\ta: b\n");
    }
}
