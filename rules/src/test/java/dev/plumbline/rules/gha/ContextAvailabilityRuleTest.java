package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContextAvailabilityRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ContextAvailabilityRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown context", HEAD + "      - run: echo ${{ «secret».TOKEN }}\n"),
                RuleCase.flags("secrets in a step if", HEAD + "      - if: «secrets».TOKEN != ''\n        run: x\n"),
                RuleCase.flags("env in job env", "on: push\njobs:\n  a:\n    runs-on: x\n    env:\n      B: ${{ «env».A }}\n"),
                RuleCase.flags("matrix in workflow env", "on: push\nenv:\n  A: ${{ «matrix».os }}\n"),
                RuleCase.flags("steps in job if", "on: push\njobs:\n  a:\n    runs-on: x\n    if: «steps».a.outputs.x\n"),
                RuleCase.flags("success() in run", HEAD + "      - run: echo ${{ «success»() }}\n"),
                RuleCase.flags("hashFiles in job env", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    env:\n      H: ${{ «hashFiles»('go.sum') }}\n"),
                RuleCase.passes("status functions in ifs", "on: push\njobs:\n  a:\n    runs-on: x\n    if: always()\n"
                        + "    steps:\n      - if: failure() || cancelled()\n        run: x\n"),
                RuleCase.passes("secrets in step env", HEAD + "      - env:\n          T: ${{ secrets.TOKEN }}\n        run: x\n"),
                RuleCase.passes("matrix in runs-on", "on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [a]\n"
                        + "    runs-on: ${{ matrix.os }}\n"),
                RuleCase.passes("contexts are case-insensitive", HEAD + "      - run: echo ${{ GITHUB.sha }}\n"),
                RuleCase.passes("action files use any context", "x: y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesListWhatIsAvailable() {
        tester.assertMessage(HEAD + "      - if: secrets.TOKEN != ''\n        run: x\n",
                "Context \"secrets\" is not available in jobs.<job_id>.steps.if; available there: github, env, vars, job,"
                        + " steps, runner, strategy, matrix, needs, inputs");
        tester.assertMessage(HEAD + "      - run: echo ${{ secret.TOKEN }}\n",
                "Unknown context \"secret\"; did you mean \"secrets\"?");
        tester.assertMessage(HEAD + "      - run: echo ${{ success() }}\n",
                "success() is available only in if: conditions of jobs and steps, not in jobs.<job_id>.steps.run");
    }
}
