package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DangerousTriggerRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DangerousTriggerRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("pull_request_target scalar", "on: «pull_request_target»\njobs: {}\n"),
                RuleCase.flags("both in a list", "on: [«pull_request_target», push, «workflow_run»]\njobs: {}\n"),
                RuleCase.flags("mapping", "on:\n  «workflow_run»:\n    workflows: [CI]\njobs: {}\n"),
                RuleCase.passes("pull_request", "on: pull_request\njobs: {}\n"),
                RuleCase.passes("action file has no triggers", "name: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
