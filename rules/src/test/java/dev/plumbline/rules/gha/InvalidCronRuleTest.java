package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidCronRuleTest {

    private static final String ON = "on:\n  schedule:\n";
    private static final String JOBS = "jobs: {}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidCronRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("six fields", ON + "    - cron: '«0 0 0 * * *»'\n" + JOBS),
                RuleCase.flags("four fields", ON + "    - cron: «0 0 * *»\n" + JOBS),
                RuleCase.flags("minute out of range", ON + "    - cron: '«60» * * * *'\n" + JOBS),
                RuleCase.flags("hour out of range", ON + "    - cron: '0 «24» * * *'\n" + JOBS),
                RuleCase.flags("Quartz question mark", ON + "    - cron: '0 0 «?» * MON'\n" + JOBS),
                RuleCase.flags("last day", ON + "    - cron: '0 0 «L» * *'\n" + JOBS),
                RuleCase.flags("zero step", ON + "    - cron: '«*/0» * * * *'\n" + JOBS),
                RuleCase.flags("backward range", ON + "    - cron: '0 «5-1» * * *'\n" + JOBS),
                RuleCase.flags("unknown time zone", ON + "    - cron: '0 0 * * *'\n      timezone: «Europe/Berlinn»\n" + JOBS),
                RuleCase.passes("good ones", ON + "    - cron: '*/15 * * * *'\n    - cron: '0 9-17/2 * JAN-MAR mon-fri'\n"
                        + "    - cron: '30 5 1,15 * 0'\n    - cron: '0 0 * * 7'\n    - cron: '0 0 * * *'\n"
                        + "      timezone: America/New_York\n" + JOBS),
                RuleCase.passes("no schedule", "on: push\n" + JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(ON + "    - cron: '0 24 * * *'\n" + JOBS, "Cron hour \"24\" has \"24\", not a value from 0 to 23");
        tester.assertMessage(ON + "    - cron: '0 0 * *'\n" + JOBS,
                "Cron \"0 0 * *\" has 4 fields; GitHub needs five: minute hour day-of-month month day-of-week");
    }
}
