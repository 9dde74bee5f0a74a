package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BotConditionRuleTest {

    private static final String PRT = "on: pull_request_target\njobs:\n  merge:\n    runs-on: x\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new BotConditionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("job if", PRT + "    if: «github.actor == 'dependabot[bot]'»\n"),
                RuleCase.flags("reversed, braces", PRT + "    steps:\n      - if: ${{ «'renovate[bot]' == github.triggering_actor» }}\n"
                        + "        run: x\n"),
                RuleCase.flags("inside a conjunction", PRT + "    if: github.repository == 'o/r' && «github.actor == 'dependabot[bot]'»\n"),
                RuleCase.passes("pull request author", PRT + "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n"),
                RuleCase.passes("not equal", PRT + "    if: github.actor != 'dependabot[bot]'\n"),
                RuleCase.passes("human login", PRT + "    if: github.actor == 'octocat'\n"),
                RuleCase.passes("outside conditions", PRT + "    steps:\n      - run: echo ${{ github.actor == 'dependabot[bot]' }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixComparesThePullRequestAuthor() {
        tester.assertFix(PRT + "    if: «github.actor == 'dependabot[bot]'»\n", BotConditionRule.FIX_TITLE,
                PRT + "    if: github.event.pull_request.user.login == 'dependabot[bot]'\n");
    }
}
