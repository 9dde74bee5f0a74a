package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidIdRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidIdRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("job id with a space", "on: push\njobs:\n  «build it»:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.flags("job id starting with a digit", "on: push\njobs:\n  «1st»:\n    runs-on: x\n    steps: [run: x]\n"),
                RuleCase.flags("step id with a dot", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - id: «set.version»\n        run: x\n"),
                RuleCase.flags("step id in a parallel group", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - parallel:\n          - id: «a b»\n            run: x\n"),
                RuleCase.passes("good ids", "on: push\njobs:\n  _build-1:\n    runs-on: x\n    steps:\n"
                        + "      - id: Set_version-2\n        run: x\n"),
                RuleCase.passes("expression step id is left to the expression rules", "on: push\njobs:\n  a:\n"
                        + "    runs-on: x\n    steps:\n      - id: ${{ matrix.id }}\n        run: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage("on: push\njobs:\n  1st:\n    runs-on: x\n    steps: [run: x]\n",
                "Job id \"1st\" must start with a letter or \"_\" and contain only letters, digits, \"-\" and \"_\"");
    }
}
