package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcurrencyDeadlockRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ConcurrencyDeadlockRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static String workflow(String top, String job) {
        return "on: push\nconcurrency: " + top + "\njobs:\n  a:\n    runs-on: x\n    concurrency: " + job
                + "\n    steps: [run: x]\n";
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("same constant", workflow("deploy", "«deploy»")),
                RuleCase.flags("same constant in mappings", workflow("{group: deploy}", "{group: «deploy», cancel-in-progress: true}")),
                RuleCase.flags("same expression", workflow("${{ github.ref }}", "«${{ github.ref }}»")),
                RuleCase.passes("different groups", workflow("deploy", "deploy-job")),
                RuleCase.passes("job group uses the job", workflow("${{ github.ref }}", "${{ github.ref }}-${{ github.job }}")),
                RuleCase.passes("no workflow group", "on: push\njobs:\n  a:\n    concurrency: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
