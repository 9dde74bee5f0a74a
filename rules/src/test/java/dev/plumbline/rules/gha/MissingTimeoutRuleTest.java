package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingTimeoutRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new MissingTimeoutRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no timeout", "on: push\njobs:\n  «build»:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.flags("two jobs, one with", "on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: 5\n"
                        + "    steps: [run: x]\n  «b»:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.passes("with timeout", "on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: 10\n"
                        + "    steps: [run: x]\n"),
                RuleCase.passes("timeout by expression", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    timeout-minutes: ${{ inputs.t }}\n    steps: [run: x]\n"),
                RuleCase.passes("reusable workflow call", "on: push\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n"),
                RuleCase.passes("not a mapping", "on: push\njobs:\n  a:\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixInsertsAfterRunsOn() {
        tester.assertFix("on: push\njobs:\n  «build»:\n    name: Build\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - run: make\n", MissingTimeoutRule.FIX_TITLE, "on: push\njobs:\n  build:\n    name: Build\n"
                + "    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - run: make\n");
        tester.assertFix("on: push\r\njobs:\r\n  «build»:\r\n    steps:\r\n      - run: make\r\n    runs-on:\r\n"
                + "      - ubuntu-latest\r\n", MissingTimeoutRule.FIX_TITLE, "on: push\r\njobs:\r\n  build:\r\n"
                + "    steps:\r\n      - run: make\r\n    runs-on:\r\n      - ubuntu-latest\r\n    timeout-minutes: 30\r\n");
        tester.assertFix("on: push\njobs:\n  «build»:\n    steps: [run: x]", MissingTimeoutRule.FIX_TITLE,
                "on: push\njobs:\n  build:\n    timeout-minutes: 30\n    steps: [run: x]");
    }
}
