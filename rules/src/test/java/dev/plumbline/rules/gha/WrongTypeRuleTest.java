package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WrongTypeRuleTest {

    private static final String JOB = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n";
    private static final String STEPS = "    steps: [run: x]\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new WrongTypeRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("timeout in words", JOB + "    timeout-minutes: «two»\n" + STEPS),
                RuleCase.flags("fail-fast off", JOB + "    strategy:\n      fail-fast: «off»\n      matrix: {a: [1]}\n" + STEPS),
                RuleCase.flags("max-parallel fraction", JOB + "    strategy:\n      max-parallel: «1.5»\n" + STEPS),
                RuleCase.flags("cancel-in-progress maybe", "on: push\nconcurrency:\n  group: g\n"
                        + "  cancel-in-progress: «maybe»\njobs: {}\n"),
                RuleCase.flags("steps as a mapping", JOB + "    steps:\n      «run: x»\n"),
                RuleCase.flags("a step that is a string", JOB + "    steps:\n      - «make»\n"),
                RuleCase.flags("env value that is a mapping", "on: push\nenv:\n  A: «{b: c}»\njobs: {}\n"),
                RuleCase.flags("matrix dimension that is a string", JOB + "    strategy:\n      matrix:\n"
                        + "        os: «ubuntu-latest»\n" + STEPS),
                RuleCase.flags("jobs as a list", "on: push\njobs:\n  «- a»\n"),
                RuleCase.flags("secrets neither inherit nor a mapping", "on: push\njobs:\n  c:\n"
                        + "    uses: ./.github/workflows/x.yml\n    secrets: «all»\n"),
                RuleCase.flags("expression where none is allowed", "on: push\njobs:\n  b:\n    runs-on: x\n"
                        + "    steps:\n      - run: x\n        background: «${{ true }}»\n"),
                RuleCase.passes("expressions where the key takes them", JOB + "    timeout-minutes: ${{ inputs.t }}\n"
                        + "    continue-on-error: ${{ matrix.experimental }}\n"
                        + "    strategy:\n      fail-fast: ${{ inputs.ff }}\n      matrix: ${{ fromJSON(inputs.m) }}\n"
                        + STEPS),
                RuleCase.passes("matrix dimension from an expression", JOB + "    strategy:\n      matrix:\n"
                        + "        os: ${{ fromJSON(needs.a.outputs.os) }}\n" + STEPS),
                RuleCase.passes("numbers and booleans as strings", "on: push\nname: 1.0\nenv:\n  A: 1\n  B: true\njobs: {}\n"),
                RuleCase.passes("null values", JOB + "    env:\n    outputs:\n" + STEPS),
                RuleCase.passes("timeout fraction", JOB + "    timeout-minutes: 0.5\n" + STEPS),
                RuleCase.passes("permissions are invalid-permission's", "on: push\npermissions: admin\njobs: {}\n"),
                RuleCase.passes("aliases are checked where their anchor is", JOB + "    env: &e\n      A: 1\n" + STEPS
                        + "  other:\n    runs-on: x\n    env: *e\n" + STEPS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheKeyAndWhatItTakes() {
        tester.assertMessage(JOB + "    timeout-minutes: two\n" + STEPS,
                "\"timeout-minutes\" in job \"build\" must be a number, not \"two\"");
        tester.assertMessage(JOB + "    strategy:\n      fail-fast: off\n" + STEPS,
                "\"fail-fast\" in strategy must be true or false, not \"off\"");
        tester.assertMessage(JOB + "    steps:\n      - make\n",
                "An item of \"steps\" in job \"build\" must be a mapping, not \"make\"");
        tester.assertMessage("on: push\njobs:\n  c:\n    uses: ./.github/workflows/x.yml\n    secrets: all\n",
                "\"secrets\" in reusable-workflow call \"c\" must be \"inherit\" or a mapping, not \"all\"");
    }
}
