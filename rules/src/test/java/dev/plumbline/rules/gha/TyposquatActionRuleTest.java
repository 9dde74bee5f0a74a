package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TyposquatActionRuleTest {

    private static final dev.plumbline.config.Config TAG_POLICY = new dev.plumbline.config.Config(
            java.util.Map.of(), java.util.List.of(), null, null, java.util.Map.of("gha.actionPinning", "tag"));
    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new TyposquatActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("missing letter in owner", HEAD + "      - uses: «action/checkout»@v4\n"),
                RuleCase.flags("swapped letters", HEAD + "      - uses: «actoins/checkout»@v4\n"),
                RuleCase.flags("extra letter", HEAD + "      - uses: «dockerr/login-action»@v3\n"),
                RuleCase.flags("with a path", HEAD + "      - uses: «gihub/codeql-action»/init@v3\n"),
                RuleCase.passes("the real one", HEAD + "      - uses: actions/checkout@v4\n"),
                RuleCase.passes("same owner, other repo", HEAD + "      - uses: actions/checkouts@v1\n"),
                RuleCase.passes("far away", HEAD + "      - uses: octo/checkout@v1\n"),
                RuleCase.passes("popular outside the table", HEAD + "      - uses: ruby/setup-ruby@v1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixReplacesTheRepository() {
        tester.withConfig(TAG_POLICY).assertFix(HEAD + "      - uses: dockerr/login-action@v3\n",
                "Replace with docker/login-action", HEAD + "      - uses: docker/login-action@v3\n");
    }

    @Test
    void editDistance() {
        assertTrue(TyposquatActionRule.oneEditApart("ab", "ba"));
        assertTrue(TyposquatActionRule.oneEditApart("abc", "abd"));
        assertTrue(TyposquatActionRule.oneEditApart("abc", "ac"));
        assertFalse(TyposquatActionRule.oneEditApart("abc", "cba"));
        assertFalse(TyposquatActionRule.oneEditApart("abc", "abc"));
    }
}
