package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UseTrustedPublishingRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UseTrustedPublishingRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("pypi action with password", HEAD + "      - uses: pypa/gh-action-pypi-publish@release/v1\n"
                        + "        with:\n          «password»: ${{ secrets.PYPI_API_TOKEN }}\n"),
                RuleCase.flags("npm publish with NODE_AUTH_TOKEN", HEAD + "      - run: «npm publish» --access public\n"
                        + "        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"),
                RuleCase.flags("twine with a password variable in job env", "on: push\njobs:\n  p:\n    runs-on: x\n"
                        + "    env:\n      TWINE_PASSWORD: ${{ secrets.PYPI }}\n    steps:\n      - run: «twine upload» dist/*\n"),
                RuleCase.flags("cargo with --token", HEAD + "      - run: «cargo publish» --token ${{ secrets.CRATES }}\n"),
                RuleCase.flags("gem push with a key variable", HEAD + "      - run: «gem push» pkg/*.gem\n"
                        + "        env:\n          GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS }}\n"),
                RuleCase.flags("nuget push with an api key", HEAD
                        + "      - run: «dotnet nuget push» out/*.nupkg --api-key ${{ secrets.NUGET }}\n"),
                RuleCase.passes("pypi action with trusted publishing", HEAD
                        + "      - uses: pypa/gh-action-pypi-publish@release/v1\n"),
                RuleCase.passes("npm publish with provenance and no token", HEAD + "      - run: npm publish --provenance\n"),
                RuleCase.passes("other npm commands", HEAD + "      - run: npm pack\n        env:\n"
                        + "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - run: cargo publish --token x\n", "\"cargo publish\" publishes to crates.io"
                + " with a long-lived token; crates.io supports trusted publishing, which mints a short-lived token for"
                + " this workflow (id-token: write)");
    }
}
