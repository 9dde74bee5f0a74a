package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CachePoisoningRuleTest {

    private static final String RELEASE = "on:\n  release:\n    types: [published]\njobs:\n  build:\n    runs-on: x\n    steps:\n";
    private static final String TAGS = "on:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: x\n    steps:\n";
    private static final String CI = "on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n";
    private static final String FIX = CachePoisoningRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new CachePoisoningRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("actions/cache on release", RELEASE + "      - uses: «actions/cache@v4»\n        with:\n"
                        + "          path: ~/.npm\n          key: npm\n"),
                RuleCase.flags("setup-node cache on tag push", TAGS + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          cache: «npm»\n"),
                RuleCase.flags("setup-go default cache", TAGS + "      - uses: «actions/setup-go@v5»\n"),
                RuleCase.flags("publishing step in the job", CI + "      - uses: «Swatinem/rust-cache@v2»\n"
                        + "      - run: cargo publish\n"),
                RuleCase.flags("build-push cache-from gha", CI + "      - uses: docker/build-push-action@v6\n        with:\n"
                        + "          push: true\n          cache-from: «type=gha»\n"),
                RuleCase.flags("setup-uv enable-cache", RELEASE + "      - uses: astral-sh/setup-uv@v5\n        with:\n"
                        + "          enable-cache: «true»\n"),
                RuleCase.passes("no publishing", CI + "      - uses: actions/cache@v4\n      - run: make test\n"),
                RuleCase.passes("cache turned off", TAGS + "      - uses: actions/setup-go@v5\n        with:\n"
                        + "          cache: false\n      - uses: actions/setup-node@v4\n"),
                RuleCase.passes("setup-go v3 does not cache by default", TAGS + "      - uses: actions/setup-go@v3\n"),
                RuleCase.passes("guarded step", TAGS + "      - if: \"!startsWith(github.ref, 'refs/tags/')\"\n"
                        + "        uses: actions/cache@v4\n"),
                RuleCase.passes("cache save only", RELEASE + "      - uses: actions/cache/save@v4\n"),
                RuleCase.passes("build-push without push", CI + "      - uses: docker/build-push-action@v6\n        with:\n"
                        + "          cache-from: type=gha\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesTheCacheInput() {
        tester.assertFix(TAGS + "      - uses: actions/setup-node@v4\n        with:\n          node-version: 22\n"
                        + "          cache: «npm»\n",
                FIX, TAGS + "      - uses: actions/setup-node@v4\n        with:\n          node-version: 22\n");
    }

    @Test
    void fixTurnsSetupGoCacheOff() {
        tester.assertFix(TAGS + "      - uses: «actions/setup-go@v5»\n        with:\n          go-version-file: go.mod\n", FIX,
                TAGS + "      - uses: actions/setup-go@v5\n        with:\n          go-version-file: go.mod\n"
                        + "          cache: false\n");
        tester.assertFix(RELEASE + "      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: «true»\n", FIX,
                RELEASE + "      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: false\n");
    }

    @Test
    void message() {
        tester.assertMessage(RELEASE + "      - uses: actions/cache@v4\n", "actions/cache restores a cache in a workflow"
                + " with a release trigger; a cache written by a less trusted workflow could end up in what you publish."
                + " Turn the cache off here or skip this step for tags and releases");
    }
}
