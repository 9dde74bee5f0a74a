package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ObfuscatedExpressionRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    private static final String FIX = ObfuscatedExpressionRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ObfuscatedExpressionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("fromJSON of toJSON", HEAD + "      - run: echo ${{ «fromJSON(toJSON(github.event))».x }}\n"),
                RuleCase.flags("format of literals", HEAD + "      - run: echo ${{ «format('{0}{1}', 'git', 'hub')» }}\n"),
                RuleCase.flags("double slash in an action path", HEAD + "      - uses: «github/codeql-action//init»@v3\n"),
                RuleCase.flags("dot segments", HEAD + "      - uses: ./«.github/actions/../actions/./build»\n"),
                RuleCase.passes("format with a context", HEAD + "      - run: echo ${{ format('{0}-x', github.sha) }}\n"),
                RuleCase.passes("plain paths", HEAD + "      - uses: ./.github/actions/build\n      - uses: o/r/sub/dir@v1\n"),
                RuleCase.passes("toJSON alone", HEAD + "      - run: echo '${{ toJSON(github.event) }}'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixesToThePlainForm() {
        tester.assertFix(HEAD + "      - run: echo ${{ «fromJSON(toJSON(github.event))».x }}\n", FIX,
                HEAD + "      - run: echo ${{ github.event.x }}\n");
        tester.assertFix(HEAD + "      - run: echo ${{ «format('{0}{1} {{x}}', 'git', 'hub')» }}\n", FIX,
                HEAD + "      - run: echo ${{ 'github {x}' }}\n");
        String sha = "@11bd71901bbe5b1630ceea73d27597364c9af683";
        tester.assertFix(HEAD + "      - uses: «github/codeql-action//init»" + sha + "\n", FIX,
                HEAD + "      - uses: github/codeql-action/init" + sha + "\n");
        tester.assertFix(HEAD + "      - uses: ./«.github/actions/../actions/./build»\n", FIX,
                HEAD + "      - uses: ./.github/actions/build\n");
    }
}
