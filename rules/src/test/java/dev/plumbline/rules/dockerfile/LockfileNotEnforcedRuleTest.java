package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LockfileNotEnforcedRuleTest {

    private static final String NODE = "FROM node:20\n";
    private static final String RUBY = "FROM ruby:3.3\n";
    private static final String PY = "FROM python:3.12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new LockfileNotEnforcedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("yarn install", NODE + "RUN yarn «install» && yarn cache clean\n"),
                RuleCase.flags("bare yarn", NODE + "RUN «yarn» && yarn cache clean\n"),
                RuleCase.flags("pnpm install", NODE + "RUN pnpm «install» --prod\n"),
                RuleCase.flags("pnpm i", NODE + "RUN pnpm «i»\n"),
                RuleCase.flags("bundle install", RUBY + "RUN bundle «install» --jobs 4\n"),
                RuleCase.flags("bare bundle", RUBY + "RUN «bundle»\n"),
                RuleCase.flags("uv sync", PY + "RUN uv «sync» --no-dev\n"),
                RuleCase.flags("frozen turned off", NODE + "RUN pnpm «install» --frozen-lockfile=false\n"),
                RuleCase.flags("BUNDLE_FROZEN false", RUBY + "ENV BUNDLE_FROZEN=false\nRUN bundle «install»\n"),
                RuleCase.passes("yarn --frozen-lockfile", NODE + "RUN yarn install --frozen-lockfile && yarn cache clean\n"),
                RuleCase.passes("yarn --immutable", NODE + "RUN yarn install --immutable\n"),
                RuleCase.passes("yarn immutable by env", NODE + "ENV YARN_ENABLE_IMMUTABLE_INSTALLS=true\nRUN yarn install\n"),
                RuleCase.passes("yarn add", NODE + "RUN yarn add left-pad@1.3.0\n"),
                RuleCase.passes("yarn build", NODE + "RUN yarn build\n"),
                RuleCase.passes("pnpm --frozen-lockfile", NODE + "RUN pnpm install --frozen-lockfile --prod\n"),
                RuleCase.passes("pnpm in CI mode", NODE + "ENV CI=true\nRUN pnpm install\n"),
                RuleCase.passes("pnpm add", NODE + "RUN pnpm add -g pnpm@9\n"),
                RuleCase.passes("bundle --frozen", RUBY + "RUN bundle install --frozen\n"),
                RuleCase.passes("bundle --deployment", RUBY + "RUN bundle install --deployment\n"),
                RuleCase.passes("BUNDLE_FROZEN env", RUBY + "ENV BUNDLE_FROZEN=true\nRUN bundle install\n"),
                RuleCase.passes("BUNDLE_DEPLOYMENT inline", RUBY + "RUN BUNDLE_DEPLOYMENT=1 bundle install\n"),
                RuleCase.passes("bundle config first", RUBY + "RUN bundle config set --local frozen true && bundle install\n"),
                RuleCase.passes("bundle config deployment", RUBY + "RUN bundle config set deployment 'true' && bundle install\n"),
                RuleCase.passes("BUNDLE_FROZEN in the parent stage", "FROM ruby:3.3 AS base\nENV BUNDLE_FROZEN=true\n"
                        + "FROM base\nRUN bundle install\n"),
                RuleCase.passes("bundle --version", RUBY + "RUN bundle --version && bundle -v\n"),
                RuleCase.passes("uv sync --locked", PY + "RUN uv sync --locked\n"),
                RuleCase.passes("uv sync --frozen", PY + "RUN uv sync --frozen --no-dev\n"),
                RuleCase.passes("UV_LOCKED", PY + "ENV UV_LOCKED=1\nRUN uv sync\n"),
                RuleCase.passes("uv pip install", PY + "RUN uv pip install --system flask==3.0.3\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommandAndTheFrozenFlag() {
        tester.assertMessage(NODE + "RUN yarn install\n",
                "\"yarn install\" may update the lockfile instead of failing when it is out of date; add --frozen-lockfile");
        tester.assertMessage(RUBY + "RUN bundle install\n", "\"bundle install\" may update the lockfile instead of"
                + " failing when it is out of date; add BUNDLE_FROZEN=true (or --deployment)");
    }

    @Test
    void fixAddsTheFrozenFlag() {
        tester.assertFix(NODE + "RUN yarn install && yarn cache clean\n", "Add --frozen-lockfile",
                NODE + "RUN yarn install --frozen-lockfile && yarn cache clean\n");
        tester.assertFix(NODE + "RUN yarn && yarn cache clean\n", "Add --frozen-lockfile",
                NODE + "RUN yarn --frozen-lockfile && yarn cache clean\n");
        tester.assertFix(NODE + "RUN pnpm install --prod\n", "Add --frozen-lockfile",
                NODE + "RUN pnpm install --frozen-lockfile --prod\n");
        tester.assertFix(PY + "RUN uv sync --no-dev\n", "Add --locked", PY + "RUN uv sync --locked --no-dev\n");
    }

    @Test
    void fixForBundlerSetsTheEnvironment() {
        tester.assertFix(RUBY + "RUN bundle install --jobs 4\n", "Add BUNDLE_FROZEN=true (or --deployment)",
                RUBY + "RUN BUNDLE_FROZEN=true bundle install --jobs 4\n");
        assertTrue(tester.onlyFinding(RUBY + "RUN sudo bundle install\n").fixes().isEmpty());
    }
}
