package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Related;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateIdRuleTest {

    private static final String JOB = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DuplicateIdRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new DuplicateIdRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("same step id", JOB + "      - id: v\n        run: x\n      - id: «v»\n        run: y\n"),
                RuleCase.flags("step ids differing in case", JOB + "      - id: v\n        run: x\n      - id: «V»\n        run: y\n"),
                RuleCase.flags("inside a parallel group", JOB + "      - id: v\n        run: x\n      - parallel:\n"
                        + "          - id: «v»\n            run: y\n"),
                RuleCase.flags("job ids differing in case", "on: push\njobs:\n  build:\n    runs-on: x\n    steps: [run: x]\n"
                        + "  «Build»:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.passes("same step id in two jobs", JOB + "      - id: v\n        run: x\n  b:\n    runs-on: x\n"
                        + "    steps:\n      - id: v\n        run: x\n"),
                RuleCase.passes("exactly equal job ids are duplicate keys", "on: push\njobs:\n  a: {}\n  a: {}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void compositeActionAndMessages() {
        actions.verify(RuleCase.flags("composite steps", "name: a\ndescription: b\nruns:\n  using: composite\n"
                + "  steps:\n    - id: a\n      run: x\n      shell: bash\n    - id: «a»\n      run: x\n      shell: bash\n"));
        tester.assertMessage(JOB + "      - id: v\n        run: x\n      - id: V\n        run: y\n",
                "Step id \"V\" is already used in job \"a\" (line 6); GitHub compares ids without case");
        tester.assertMessage("on: push\njobs:\n  build: {}\n  Build: {}\n",
                "Job id \"Build\" is the same as \"build\" (line 3) ignoring case; GitHub compares ids without case");
    }

    @Test
    void pointsAtTheFirstUseOfTheId() {
        assertEquals(List.of(Related.here(Range.of(5, 12, 5, 13), "the step that first uses the id")),
                tester.onlyFinding(JOB + "      - id: v\n        run: x\n      - id: v\n        run: y\n").related());
        assertEquals(List.of(Related.here(Range.of(2, 2, 2, 7), "the job with the same id")),
                tester.onlyFinding("on: push\njobs:\n  build: {}\n  Build: {}\n").related());
    }
}
