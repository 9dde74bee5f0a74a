package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingConcurrencyRuleTest {

    private static final String JOBS = "jobs:\n  a:\n    runs-on: x\n    steps: [run: x]\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new MissingConcurrencyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                    .withConfig(new Config(Map.of(MissingConcurrencyRule.META.id(), RuleSetting.severity(Severity.INFORMATION)),
                            List.of(), null, null, Map.of()));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("push", "«on»: push\n" + JOBS),
                RuleCase.flags("pull_request in a list", "«on»: [pull_request]\n" + JOBS),
                RuleCase.flags("concurrency that does not cancel", "on: push\n«concurrency»: ci\n" + JOBS),
                RuleCase.passes("cancels", "on: push\nconcurrency:\n  group: x\n  cancel-in-progress: true\n" + JOBS),
                RuleCase.passes("cancels by expression", "on: push\nconcurrency:\n  group: x\n"
                        + "  cancel-in-progress: ${{ github.ref != 'refs/heads/main' }}\n" + JOBS),
                RuleCase.passes("other triggers", "on: [release, workflow_dispatch]\n" + JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        RuleTester.of(new MissingConcurrencyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .verify(RuleCase.passes("not enabled", "on: push\n" + JOBS));
    }

    @Test
    void fixInsertsAGroupBeforeJobs() {
        tester.assertFix("name: ci\n«on»:\n  push:\n    branches: [main]\n" + JOBS, MissingConcurrencyRule.FIX_TITLE,
                "name: ci\non:\n  push:\n    branches: [main]\nconcurrency:\n"
                        + "  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true\n" + JOBS);
    }
}
