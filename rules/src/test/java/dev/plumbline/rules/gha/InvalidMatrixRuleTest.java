package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidMatrixRuleTest {

    private static final String HEAD = "on: push\njobs:\n  t:\n    runs-on: x\n    steps: [run: x]\n    strategy:\n"
            + "      matrix:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidMatrixRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("duplicate value", HEAD + "        node: [20, 22, «20»]\n"),
                RuleCase.flags("exclude of an unknown variable", HEAD + "        node: [20]\n        exclude:\n"
                        + "          - «os»: windows\n"),
                RuleCase.flags("exclude of a value no row has", HEAD + "        node: [20, 22]\n        exclude:\n"
                        + "          - node: «18»\n"),
                RuleCase.flags("empty variable", HEAD + "        «node»: []\n"),
                RuleCase.passes("good matrix", HEAD + "        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n"
                        + "        exclude:\n          - os: windows-latest\n            node: 20\n"
                        + "        include:\n          - os: ubuntu-latest\n            experimental: true\n"),
                RuleCase.passes("fromJSON matrix", HEAD.replace("      matrix:\n", "      matrix: ${{ fromJSON(x) }}\n")),
                RuleCase.passes("fromJSON variable", HEAD + "        node: ${{ fromJSON(x) }}\n        exclude:\n"
                        + "          - node: 18\n"),
                RuleCase.passes("keys match without case", HEAD + "        OS: [a, b]\n        exclude:\n          - os: a\n"),
                RuleCase.passes("include only", HEAD + "        include:\n          - a: 1\n"),
                RuleCase.passes("empty variable with include", HEAD + "        node: []\n        include:\n          - node: 1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesTheDuplicate() {
        tester.assertFix(HEAD + "        node: [20, 22, «20»]\n", "Remove the duplicate value", HEAD + "        node: [20, 22]\n");
    }
}
