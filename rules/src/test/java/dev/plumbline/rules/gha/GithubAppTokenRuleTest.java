package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GithubAppTokenRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    private static final String APP = "        with:\n          app-id: ${{ vars.APP_ID }}\n"
            + "          private-key: ${{ secrets.APP_KEY }}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new GithubAppTokenRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no permission inputs", HEAD + "      - uses: «actions/create-github-app-token@v1»\n" + APP),
                RuleCase.flags("skip revoke", HEAD + "      - uses: actions/create-github-app-token@v1\n" + APP
                        + "          permission-contents: read\n          skip-token-revoke: «true»\n"),
                RuleCase.flags("owner without repositories", HEAD + "      - uses: actions/create-github-app-token@v1\n" + APP
                        + "          permission-issues: write\n          «owner»: my-org\n"),
                RuleCase.passes("scoped token", HEAD + "      - uses: actions/create-github-app-token@v1\n" + APP
                        + "          owner: my-org\n          repositories: app,docs\n          permission-contents: write\n"),
                RuleCase.passes("other actions", HEAD + "      - uses: tibdex/github-app-token@v2\n" + APP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
