package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnsoundTernaryRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnsoundTernaryRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("empty string value", HEAD + "      - run: echo ${{ «inputs.debug && '' || '--quiet'» }}\n"
                        .replace("inputs.debug", "github.event_name == 'push'")),
                RuleCase.flags("context value", HEAD + "      - run: echo ${{ «matrix.os == 'windows' && vars.WIN_FLAGS || '-x'» }}\n"),
                RuleCase.flags("false literal", "on: push\njobs:\n  a:\n    runs-on: x\n"
                        + "    continue-on-error: ${{ «github.event_name == 'push' && false || true» }}\n"),
                RuleCase.passes("truthy literal", HEAD + "      - run: echo ${{ github.ref == 'refs/heads/main' && 'prod' || 'dev' }}\n"),
                RuleCase.passes("boolean logic in if", HEAD + "      - if: github.event_name == 'push' && vars.X || github.event_name == 'release'\n"
                        + "        run: x\n"),
                RuleCase.passes("boolean operands", HEAD
                        + "      - run: echo ${{ github.ref == 'a' && github.sha == 'b' || github.actor == 'c' }}\n"),
                RuleCase.passes("falsy fallback", HEAD + "      - run: echo ${{ inputs.tag != '' && inputs.tag || '' }}\n"
                        .replace("inputs.tag", "vars.tag")),
                RuleCase.passes("format with text is never empty", HEAD
                        + "      - run: echo ${{ vars.tag && format('--tag={0}', vars.tag) || '--latest' }}\n"),
                RuleCase.passes("numbers and ids are never empty", HEAD
                        + "      - run: echo ${{ github.event.issue && github.event.issue.number || github.run_id }}\n"),
                RuleCase.passes("value tested by the condition", HEAD
                        + "      - run: echo ${{ vars.tag && vars.tag || 'latest' }}\n"),
                RuleCase.passes("head_ref in a pull request", HEAD
                        + "      - run: echo ${{ github.event_name == 'pull_request' && github.head_ref || github.ref_name }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRewritesWithCase() {
        tester.assertFix(HEAD + "      - run: echo ${{ «matrix.os == 'windows' && vars.WIN_FLAGS || '-x'» }}\n",
                UnsoundTernaryRule.FIX_TITLE,
                HEAD + "      - run: echo ${{ case(matrix.os == 'windows', vars.WIN_FLAGS, '-x') }}\n");
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - run: echo ${{ github.event_name == 'push' && '' || '--quiet' }}\n",
                "\"''\" is always falsy, so \"'--quiet'\" is used even when \"github.event_name == 'push'\" is true;"
                        + " write case(github.event_name == 'push', '', '--quiet')");
    }
}
