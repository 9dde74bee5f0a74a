package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlSyntaxRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new YamlSyntaxRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unclosed quote", "on: push\njobs:\n  a:\n    runs-on: «\"ubuntu»\n"),
                RuleCase.flags("undefined alias", "on: push\njobs:\n  a:\n    steps: «*steps»\n"),
                RuleCase.flags("tab indentation", "on: push\njobs:\n«\t»a: 1\n"),
                RuleCase.passes("valid", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n"),
                RuleCase.passes("anchors and aliases", "x: &s\n  - run: x\njobs:\n  a:\n    steps: *s\n"),
                RuleCase.passes("duplicate keys are another rule's", "on: push\non: pull_request\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void aBrokenActionFileToo() {
        RuleTester.of(new YamlSyntaxRule(), new WorkflowLanguage(), "action.yml")
                .verify(RuleCase.flags("action", "runs:\n  using: «*x»\n"));
    }
}
