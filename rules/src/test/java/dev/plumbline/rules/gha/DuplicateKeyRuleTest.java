package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateKeyRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DuplicateKeyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("top-level key", "on: push\n«on»: pull_request\n"),
                RuleCase.flags("job id", "jobs:\n  a: {}\n  «a»: {}\n"),
                RuleCase.flags("env variable", "env:\n  A: 1\n  B: 2\n  «A»: 3\n"),
                RuleCase.flags("quoted and plain are the same key", "env:\n  A: 1\n  «\"A\"»: 2\n"),
                RuleCase.flags("in a flow mapping", "with: { a: 1, «a»: 2 }\n"),
                RuleCase.flags("three times", "env:\n  A: 1\n  «A»: 2\n  «A»: 3\n"),
                RuleCase.passes("same key in different mappings", "jobs:\n  a:\n    env: {A: 1}\n  b:\n    env: {A: 1}\n"),
                RuleCase.passes("case differs", "env:\n  a: 1\n  A: 2\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhereTheFirstOneIs() {
        tester.assertMessage("on: push\non: pull_request\n", "Duplicate key \"on\" (first defined at 1:1)");
    }
}
