package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IfAlwaysTrueRuleTest {

    private static final String STEPS = "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new IfAlwaysTrueRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("two expressions joined outside", STEPS + "        if: «${{ a }} && ${{ b }}»\n"),
                RuleCase.flags("text before", STEPS + "        if: «x ${{ a }}»\n"),
                RuleCase.flags("literal block keeps its line break", STEPS + "        if: «|\n          ${{ a }}»\n"),
                RuleCase.flags("folded block", STEPS + "        if: «>\n          ${{ a &&\n          b }}»\n"),
                RuleCase.flags("job level", "on: push\njobs:\n  a:\n    if: «${{ a }} || ${{ b }}»\n"),
                RuleCase.flags("quoted with a trailing space", STEPS + "        if: «'${{ a }} '»\n"),
                RuleCase.passes("bare expression", STEPS + "        if: ${{ a && b }}\n"),
                RuleCase.passes("without braces", STEPS + "        if: github.ref == 'refs/heads/main' && success()\n"),
                RuleCase.passes("strip-chomped block", STEPS + "        if: |-\n          ${{ a }}\n"),
                RuleCase.passes("braces inside a string", STEPS + "        if: ${{ contains(x, '}} ${{') }}\n"),
                RuleCase.passes("unclosed is the expression rule's", STEPS + "        if: ${{ a\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixes() {
        tester.assertFix(STEPS + "        if: «${{ a }} && ${{ b }}»\n", IfAlwaysTrueRule.FIX_TITLE,
                STEPS + "        if: ${{ (a) && (b) }}\n");
        tester.assertFix(STEPS + "        if: «|\n          ${{ a }}»\n", IfAlwaysTrueRule.FIX_TITLE,
                STEPS + "        if: |-\n          ${{ a }}\n");
        tester.assertFix(STEPS + "        if: «>+\n          ${{ a }}»\n", IfAlwaysTrueRule.FIX_TITLE,
                STEPS + "        if: >-\n          ${{ a }}\n");
        tester.assertFix(STEPS + "        if: «'${{ a }} '»\n", IfAlwaysTrueRule.FIX_TITLE,
                STEPS + "        if: '${{ a }}'\n");
    }
}
