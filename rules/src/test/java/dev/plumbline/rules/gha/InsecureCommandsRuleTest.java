package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InsecureCommandsRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    private static final String FIX = InsecureCommandsRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InsecureCommandsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("workflow env", "on: push\nenv:\n  «ACTIONS_ALLOW_UNSECURE_COMMANDS»: true\n"),
                RuleCase.flags("step env quoted", HEAD + "      - run: x\n        env:\n"
                        + "          «ACTIONS_ALLOW_UNSECURE_COMMANDS»: 'true'\n"),
                RuleCase.flags("job env", "on: push\njobs:\n  a:\n    runs-on: x\n    env: { «ACTIONS_ALLOW_UNSECURE_COMMANDS»: TRUE }\n"),
                RuleCase.passes("false", "on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: false\n"),
                RuleCase.passes("other variables", "on: push\nenv:\n  ACTIONS_STEP_DEBUG: true\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesTheLine() {
        tester.assertFix(HEAD + "      - run: x\n        env:\n          A: b\n          «ACTIONS_ALLOW_UNSECURE_COMMANDS»: true\n"
                        + "          C: d\n", FIX,
                HEAD + "      - run: x\n        env:\n          A: b\n          C: d\n");
    }

    @Test
    void fixRemovesAnEnvThatWouldBeEmpty() {
        tester.assertFix("on: push\nenv:\n  «ACTIONS_ALLOW_UNSECURE_COMMANDS»: true # legacy\njobs: {}\n", FIX,
                "on: push\njobs: {}\n");
    }

    @Test
    void fixInFlowStyle() {
        tester.assertFix("on: push\nenv: { A: b, «ACTIONS_ALLOW_UNSECURE_COMMANDS»: true }\n", FIX,
                "on: push\nenv: { A: b }\n");
        tester.assertFix("on: push\nenv: { «ACTIONS_ALLOW_UNSECURE_COMMANDS»: true, A: b }\n", FIX,
                "on: push\nenv: { A: b }\n");
    }

    @Test
    void message() {
        tester.assertMessage("on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n", "ACTIONS_ALLOW_UNSECURE_COMMANDS"
                + " re-enables the set-env and add-path workflow commands, so any text a step prints can set environment"
                + " variables and PATH for later steps; write to $GITHUB_ENV and $GITHUB_PATH instead");
    }
}
