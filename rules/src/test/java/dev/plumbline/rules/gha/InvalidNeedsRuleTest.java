package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidNeedsRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidNeedsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static String job(String id, String needs) {
        return "  " + id + ":\n" + (needs.isEmpty() ? "" : "    needs: " + needs + "\n")
                + "    runs-on: x\n    steps: [run: x]\n";
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown job", "on: push\njobs:\n" + job("build", "") + job("test", "«biuld»")),
                RuleCase.flags("itself", "on: push\njobs:\n" + job("build", "[«build»]")),
                RuleCase.flags("duplicate", "on: push\njobs:\n" + job("a", "") + job("b", "[a, «a»]")),
                RuleCase.flags("cycle of two", "on: push\njobs:\n" + job("a", "b") + job("b", "«a»")),
                RuleCase.flags("cycle of three", "on: push\njobs:\n" + job("a", "c") + job("b", "«a»") + job("c", "b")),
                RuleCase.passes("chain", "on: push\njobs:\n" + job("a", "") + job("b", "a") + job("c", "[a, b]")),
                RuleCase.passes("diamond", "on: push\njobs:\n" + job("a", "") + job("b", "a") + job("c", "a")
                        + job("d", "[b, c]")),
                RuleCase.passes("expression", "on: push\njobs:\n" + job("a", "${{ x }}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixesAndMessages() {
        tester.assertFix("on: push\njobs:\n" + job("build", "") + job("test", "«biuld»"), "Replace with \"build\"",
                "on: push\njobs:\n" + job("build", "") + job("test", "build"));
        tester.assertFix("on: push\njobs:\n" + job("a", "") + job("b", "[a, «a»]"), "Remove the duplicate",
                "on: push\njobs:\n" + job("a", "") + job("b", "[a]"));
        tester.assertFix("on: push\njobs:\n" + job("a", "") + "  b:\n    needs:\n      - a\n      - «a»\n"
                        + "    runs-on: x\n    steps: [run: x]\n", "Remove the duplicate",
                "on: push\njobs:\n" + job("a", "") + "  b:\n    needs:\n      - a\n    runs-on: x\n    steps: [run: x]\n");
        tester.assertMessage("on: push\njobs:\n" + job("a", "b") + job("b", "a"),
                "Jobs depend on each other in a cycle: a → b → a; none of them can start");
    }
}
