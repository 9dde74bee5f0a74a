package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UndefinedReferenceRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    private static final String TWO_JOBS = "on: push\njobs:\n  build:\n    runs-on: x\n    outputs:\n"
            + "      version: ${{ steps.v.outputs.version }}\n    steps:\n      - id: v\n        run: x\n"
            + "  deploy:\n    needs: build\n    runs-on: x\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UndefinedReferenceRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("step used before it is defined", HEAD
                        + "      - run: echo ${{ steps.«meta».outputs.tags }}\n      - id: meta\n        run: x\n"),
                RuleCase.flags("step of another job", TWO_JOBS + "      - run: echo ${{ steps.«v».outputs.version }}\n"),
                RuleCase.flags("job not needed", TWO_JOBS + "      - run: echo ${{ needs.«test».result }}\n"),
                RuleCase.flags("output not declared", TWO_JOBS + "      - run: echo ${{ needs.build.outputs.«versoin» }}\n"),
                RuleCase.flags("input not declared", "on:\n  workflow_call:\n    inputs:\n      env:\n        type: string\n"
                        + "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ inputs.«environment» }}\n"),
                RuleCase.flags("matrix key", "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n"
                        + "        node: [20, 22]\n    steps:\n      - run: echo ${{ matrix.«node-version» }}\n"),
                RuleCase.flags("no matrix at all", HEAD + "      - run: echo ${{ matrix.«os» }}\n"),
                RuleCase.passes("defined references", TWO_JOBS + "      - id: x\n        run: x\n"
                        + "      - run: echo ${{ needs.build.outputs.version }} ${{ steps.x.outcome }} ${{ needs.build.result }}\n"),
                RuleCase.passes("ids ignore case", TWO_JOBS + "      - id: Meta\n        run: x\n"
                        + "      - run: echo ${{ steps.meta.outputs.a }} ${{ needs.BUILD.outputs.VERSION }}\n"),
                RuleCase.passes("secrets vars and env are never flagged", HEAD
                        + "      - run: echo ${{ secrets.NPM_TOKEN }} ${{ vars.REGION }} ${{ env.ANYTHING }}\n"),
                RuleCase.passes("matrix from JSON", "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n"
                        + "      matrix: ${{ fromJSON(vars.matrix) }}\n    steps:\n      - run: echo ${{ matrix.any }}\n"),
                RuleCase.passes("matrix include keys", "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n"
                        + "        os: [a]\n        include:\n          - os: a\n            extra: b\n"
                        + "    steps:\n      - run: echo ${{ matrix.extra }}\n"),
                RuleCase.passes("computed needs", "on: push\njobs:\n  a:\n    needs: ${{ fromJSON(vars.n) }}\n    runs-on: x\n"
                        + "    steps:\n      - run: echo ${{ needs.x.outputs.y }}\n"),
                RuleCase.passes("outputs of a reusable workflow call are open", "on: push\njobs:\n  a:\n"
                        + "    uses: ./.github/workflows/w.yml\n  b:\n    needs: a\n    runs-on: x\n"
                        + "    steps:\n      - run: echo ${{ needs.a.outputs.whatever }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void replacesWithTheNearestName() {
        tester.assertFix(TWO_JOBS + "      - run: echo ${{ needs.build.outputs.«versoin» }}\n", "Replace with \"version\"",
                TWO_JOBS + "      - run: echo ${{ needs.build.outputs.version }}\n");
    }

    @Test
    void messages() {
        tester.assertMessage(TWO_JOBS + "      - run: echo ${{ needs.test.result }}\n",
                "Job \"test\" is not in the needs of job \"deploy\"; known: build");
        tester.assertMessage(HEAD + "      - run: echo ${{ steps.meta.outputs.tags }}\n      - id: meta\n        run: x\n",
                "Step \"meta\" is not defined before this step in job \"build\"");
    }
}
