package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretsOutsideEnvironmentRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new SecretsOutsideEnvironmentRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                    .withConfig(new Config(Map.of(SecretsOutsideEnvironmentRule.META.id(),
                            RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of()));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("secret in a step", "on: push\njobs:\n  «deploy»:\n    runs-on: x\n    steps:\n"
                        + "      - run: ./deploy\n        env:\n          KEY: ${{ secrets.DEPLOY_KEY }}\n"),
                RuleCase.flags("secret in job env", "on: push\njobs:\n  «publish»:\n    runs-on: x\n    env:\n"
                        + "      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n"),
                RuleCase.passes("with an environment", "on: push\njobs:\n  deploy:\n    runs-on: x\n    environment: prod\n"
                        + "    steps:\n      - run: ./deploy\n        env:\n          KEY: ${{ secrets.DEPLOY_KEY }}\n"),
                RuleCase.passes("only GITHUB_TOKEN", "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n"
                        + "      - env:\n          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n        run: gh pr list\n"),
                RuleCase.passes("reusable workflow call", "on: push\njobs:\n  a:\n    uses: ./.github/workflows/w.yml\n"
                        + "    secrets:\n      t: ${{ secrets.T }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        assertFalse(SecretsOutsideEnvironmentRule.META.enabledByDefault());
    }

    @Test
    void message() {
        tester.assertMessage("on: push\njobs:\n  publish:\n    runs-on: x\n    env:\n      A: ${{ secrets.NPM_TOKEN }}\n"
                        + "      B: ${{ secrets.OTHER }}\n",
                "Job \"publish\" uses secrets.NPM_TOKEN, secrets.OTHER without an environment:; store them on a"
                        + " deployment environment with protection rules");
    }
}
