package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CronTooFrequentRuleTest {

    private static final String ON = "on:\n  schedule:\n";
    private static final String JOBS = "jobs: {}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new CronTooFrequentRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("every minute", ON + "    - cron: '«*» * * * *'\n" + JOBS),
                RuleCase.flags("every two minutes", ON + "    - cron: '«*/2» 0 * * *'\n" + JOBS),
                RuleCase.flags("a list", ON + "    - cron: '«0,3,30» * * * *'\n" + JOBS),
                RuleCase.flags("across the hour", ON + "    - cron: '«2,58» 1-2 * * *'\n" + JOBS),
                RuleCase.passes("every five minutes", ON + "    - cron: '*/5 * * * *'\n" + JOBS),
                RuleCase.passes("hourly", ON + "    - cron: '0 * * * *'\n" + JOBS),
                RuleCase.passes("close minutes in hours apart", ON + "    - cron: '2,58 1,3 * * *'\n" + JOBS),
                RuleCase.passes("malformed is invalid-cron's", ON + "    - cron: '* * *'\n" + JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(ON + "    - cron: '* * * * *'\n" + JOBS, "Cron \"* * * * *\" would run every 1 minute; GitHub"
                + " runs schedules at most every 5 minutes, and often later");
    }
}
