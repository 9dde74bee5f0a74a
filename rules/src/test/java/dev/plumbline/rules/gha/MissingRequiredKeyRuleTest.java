package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingRequiredKeyRuleTest {

    private static final String JOB = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new MissingRequiredKeyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new MissingRequiredKeyRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no on", "«name»: x\njobs:\n  a:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.flags("no jobs", "«on»: push\n"),
                RuleCase.flags("empty jobs", "on: push\n«jobs»:\n"),
                RuleCase.flags("no runs-on", "on: push\njobs:\n  «build»:\n    steps: [run: x]\n"),
                RuleCase.flags("no steps", "on: push\njobs:\n  «build»:\n    runs-on: x\n"),
                RuleCase.flags("empty steps", "on: push\njobs:\n  build:\n    runs-on: x\n    «steps»: []\n"),
                RuleCase.flags("step without run or uses", JOB + "    steps:\n      «-» name: nothing\n"),
                RuleCase.flags("step with both", JOB + "    steps:\n      - uses: a/b@v1\n        «run»: x\n"),
                RuleCase.flags("container without image", JOB + "    «container»:\n      options: --x\n"
                        + "    steps: [run: x]\n"),
                RuleCase.flags("cron missing", "on:\n  schedule:\n    «-» timezone: UTC\njobs:\n  a:\n    runs-on: x\n"
                        + "    steps: [run: x]\n"),
                RuleCase.passes("complete", JOB + "    steps:\n      - run: make\n      - uses: a/b@v1\n"),
                RuleCase.passes("reusable call needs no runs-on or steps", "on: push\njobs:\n  c:\n"
                        + "    uses: ./.github/workflows/x.yml\n"),
                RuleCase.passes("control steps", JOB + "    steps:\n      - run: x\n        id: a\n"
                        + "        background: true\n      - wait: a\n      - wait-all: true\n      - cancel: a\n"
                        + "      - parallel:\n          - run: y\n"),
                RuleCase.passes("runs-on from an expression", "on: push\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n"
                        + "    steps: [run: x]\n"),
                RuleCase.passes("merge keys make it unknowable", "on: push\njobs:\n  a:\n    <<: *x\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void compositeActions() {
        actions.verify(RuleCase.flags("run step without shell", "name: a\ndescription: b\nruns:\n  using: composite\n"
                + "  steps:\n    - «run»: x\n    - run: y\n      shell: bash\n"));
        actions.verify(RuleCase.passes("the action's own keys are invalid-action-metadata's", "runs:\n  using: node20\n"));
    }

    @Test
    void messages() {
        tester.assertMessage("on: push\njobs:\n  build:\n    steps: [run: x]\n",
                "Required key \"runs-on\" is missing in job \"build\"");
        tester.assertMessage(JOB + "    steps:\n", "Required key \"steps\" is empty in job \"build\"");
        tester.assertMessage(JOB + "    steps:\n      - name: x\n",
                "Step has neither \"run\" nor \"uses\"; give it a script or an action");
    }
}
