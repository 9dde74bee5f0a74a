package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LockfileNotEnforcedRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final Map<String, String> YARN1_REPO = Map.of(".github/workflows/ci.yml", "", "yarn.lock", "",
            "uv.lock", "", "Gemfile.lock", "",
            "composer.lock", "");

    private final RuleTester<WorkflowFile> tester = RuleTester.of(new LockfileNotEnforcedRule(), new WorkflowLanguage(),
            ".github/workflows/ci.yml").withWorkspace(YARN1_REPO);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("yarn install", HEAD + "      - run: «yarn install»\n"),
                RuleCase.flags("bare yarn", HEAD + "      - run: «yarn»\n"),
                RuleCase.flags("yarn with options only", HEAD + "      - run: «yarn» --prefer-offline\n"),
                RuleCase.flags("bundle install", HEAD + "      - run: «bundle install» --jobs 4\n"),
                RuleCase.flags("uv sync", HEAD + "      - run: «uv sync» --all-extras\n"),
                RuleCase.flags("composer update", HEAD + "      - run: «composer update» --no-interaction\n"),
                RuleCase.passes("frozen yarn", HEAD + "      - run: yarn install --frozen-lockfile\n"),
                RuleCase.passes("immutable yarn", HEAD + "      - run: yarn install --immutable\n"),
                RuleCase.passes("yarn script", HEAD + "      - run: yarn build\n"),
                RuleCase.passes("yarn env", HEAD + "      - run: yarn install\n        env:\n          YARN_FROZEN_LOCKFILE: 'true'\n"),
                RuleCase.passes("corepack before", HEAD + "      - run: corepack enable\n      - run: yarn install\n"),
                RuleCase.passes("frozen bundle", HEAD + "      - run: bundle install --deployment\n"),
                RuleCase.passes("bundle config", HEAD + "      - run: |\n          bundle config set frozen true\n"
                        + "          bundle install\n"),
                RuleCase.passes("BUNDLE_FROZEN env", "env:\n  BUNDLE_FROZEN: 'true'\n" + HEAD + "      - run: bundle install\n"),
                RuleCase.passes("setup-ruby bundler-cache", HEAD + "      - uses: ruby/setup-ruby@v1\n        with:\n"
                        + "          bundler-cache: true\n      - run: bundle install\n"),
                RuleCase.passes("local setup-ruby bundler-cache", HEAD + "      - uses: ./\n        with:\n"
                        + "          bundler-cache: true\n      - run: echo ~ && bundle install\n"),
                RuleCase.passes("uv sync locked", HEAD + "      - run: uv sync --locked\n"),
                RuleCase.passes("uv sync frozen", HEAD + "      - run: uv sync --frozen\n"),
                RuleCase.passes("composer install", HEAD + "      - run: composer install\n"),
                RuleCase.passes("composer update of one package", HEAD + "      - run: composer update vendor/pkg\n"),
                RuleCase.passes("lowest dependencies", HEAD + "      - run: composer update --prefer-lowest\n"),
                RuleCase.passes("pnpm", HEAD + "      - run: pnpm install\n"),
                RuleCase.passes("pwsh", HEAD + "      - run: yarn install\n        shell: pwsh\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void yarnBerryRepositoriesAreExempt() {
        RuleTester.of(new LockfileNotEnforcedRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withWorkspace(Map.of(".github/workflows/ci.yml", "", "web/.yarnrc.yml", "nodeLinker: node-modules\n"))
                .verify(RuleCase.passes("berry", HEAD + "      - run: yarn install\n"));
    }

    @Test
    void yarnIsNotJudgedWithoutTheWorkspace() {
        RuleTester.of(new LockfileNotEnforcedRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .verify(RuleCase.flags("bundle only", HEAD + "      - run: yarn install && «bundle install»\n"));
    }

    @Test
    void composerWithoutLockfileIsExempt() {
        RuleTester.of(new LockfileNotEnforcedRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withWorkspace(Map.of(".github/workflows/ci.yml", "", "composer.json", "{}"))
                .verify(RuleCase.passes("library", HEAD + "      - run: composer update\n"));
    }

    @Test
    void fixes() {
        tester.assertFix(HEAD + "      - run: yarn install\n", "Add --frozen-lockfile",
                HEAD + "      - run: yarn install --frozen-lockfile\n");
        tester.assertFix(HEAD + "      - run: |\n          uv sync --dev\n", "Add --locked",
                HEAD + "      - run: |\n          uv sync --dev --locked\n");
        tester.assertFix(HEAD + "      - run: bundle install\n", "Set BUNDLE_FROZEN=true",
                HEAD + "      - run: BUNDLE_FROZEN=true bundle install\n");
        tester.assertFix(HEAD + "      - run: composer update -n\n", "Replace with composer install",
                HEAD + "      - run: composer install -n\n");
    }
}
