package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CacheMissingRestoreKeysRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String KEY = "${{ runner.os }}-npm-${{ hashFiles('**/package-lock.json') }}";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new CacheMissingRestoreKeysRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no restore-keys", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                        + "          path: ~/.npm\n          «key»: " + KEY + "\n"),
                RuleCase.passes("restore-keys", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                        + "          path: ~/.npm\n          key: " + KEY + "\n          restore-keys: ${{ runner.os }}-npm-\n"),
                RuleCase.passes("exact hit wanted", HEAD + "      - uses: actions/cache/restore@v4\n        with:\n"
                        + "          path: ~/.npm\n          key: " + KEY + "\n          fail-on-cache-miss: true\n"),
                RuleCase.passes("no lockfile hash (the other rule's)", HEAD + "      - uses: actions/cache@v4\n"
                        + "        with:\n          path: ~/.npm\n          key: npm\n"),
                RuleCase.passes("not a dependency cache", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                        + "          path: build\n          key: b-${{ hashFiles('**/package-lock.json') }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixAddsThePrefix() {
        tester.assertFix(HEAD + "      - uses: actions/cache@v4\n        with:\n          path: ~/.npm\n          key: "
                + KEY + "\n", CacheMissingRestoreKeysRule.FIX_TITLE, HEAD + "      - uses: actions/cache@v4\n"
                + "        with:\n          path: ~/.npm\n          key: " + KEY + "\n"
                + "          restore-keys: ${{ runner.os }}-npm-\n");
    }
}
