package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShortShaRefRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ShortShaRefRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("7 characters", HEAD + "      - uses: actions/checkout@«11bd719»\n"),
                RuleCase.flags("39 characters", HEAD + "      - uses: a/b@«11bd71901bbe5b1630ceea73d27597364c9af68»\n"),
                RuleCase.flags("upper case", HEAD + "      - uses: a/b@«11BD719A»\n"),
                RuleCase.flags("reusable workflow", "on: push\njobs:\n  c:\n    uses: o/r/.github/workflows/w.yml@«abcdef1»\n"),
                RuleCase.passes("full SHA", HEAD + "      - uses: a/b@11bd71901bbe5b1630ceea73d27597364c9af683\n"),
                RuleCase.passes("too short to be a SHA", HEAD + "      - uses: a/b@abc123\n"),
                RuleCase.passes("digits only is a version", HEAD + "      - uses: a/b@20240101\n"),
                RuleCase.passes("tag", HEAD + "      - uses: a/b@v4\n"),
                RuleCase.passes("local path", HEAD + "      - uses: ./abcdef1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@11bd719\n", "Action \"actions/checkout@11bd719\" is"
                + " pinned to the abbreviated SHA \"11bd719\", which GitHub does not resolve; use the full 40-character"
                + " commit SHA");
    }
}
