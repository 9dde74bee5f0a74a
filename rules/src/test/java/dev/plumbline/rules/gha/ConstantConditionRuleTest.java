package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConstantConditionRuleTest {

    private static final String STEPS = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ConstantConditionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("true", STEPS + "        if: «true»\n"),
                RuleCase.flags("false", STEPS + "        if: «false»\n"),
                RuleCase.flags("expression true", STEPS + "        if: «${{ true }}»\n"),
                RuleCase.flags("job level", "on: push\njobs:\n  a:\n    if: «false»\n"),
                RuleCase.passes("real condition", STEPS + "        if: github.event_name == 'push'\n"),
                RuleCase.passes("status function", STEPS + "        if: always()\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesIfTrue() {
        tester.assertFix(STEPS + "        if: «true»\n        name: y\n", ConstantConditionRule.FIX_TITLE,
                STEPS + "        name: y\n");
    }
}
