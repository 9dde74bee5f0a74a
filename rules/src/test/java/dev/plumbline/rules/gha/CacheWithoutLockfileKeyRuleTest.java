package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CacheWithoutLockfileKeyRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new CacheWithoutLockfileKeyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static String cache(String path, String key) {
        return HEAD + "      - uses: actions/cache@v4\n        with:\n          path: " + path + "\n          key: " + key + "\n";
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("fixed key", cache("~/.npm", "«npm-cache»")),
                RuleCase.flags("os only", cache("~/.m2/repository", "«${{ runner.os }}-maven»")),
                RuleCase.flags("per run", cache("~/go/pkg/mod", "«go-${{ github.run_id }}»")),
                RuleCase.flags("hash of sources", cache("~/.cargo/registry", "«cargo-${{ hashFiles('**/*.rs') }}»")),
                RuleCase.flags("restore only", HEAD + "      - uses: actions/cache/restore@v4\n        with:\n"
                        + "          path: ~/.cache/pip\n          key: «pip»\n"),
                RuleCase.passes("lockfile hash", cache("~/.npm", "npm-${{ hashFiles('**/package-lock.json') }}")),
                RuleCase.passes("manifest hash", cache("~/.m2/repository", "m2-${{ hashFiles('**/pom.xml') }}")),
                RuleCase.passes("gradle files", cache("~/.gradle/caches", "g-${{ hashFiles('**/*.gradle*', '**/gradle-wrapper.properties') }}")),
                RuleCase.passes("requirements", cache("~/.cache/pip", "pip-${{ hashFiles('requirements.txt') }}")),
                RuleCase.passes("build cache", cache("~/.ccache", "ccache-${{ github.sha }}")),
                RuleCase.passes("save only", HEAD + "      - uses: actions/cache/save@v4\n        with:\n"
                        + "          path: ~/.npm\n          key: npm\n"),
                RuleCase.passes("setup-node cache", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          cache: npm\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixUsesTheLockfileInTheRepository() {
        RuleTester<WorkflowFile> inRepo = RuleTester.of(new CacheWithoutLockfileKeyRule(), new WorkflowLanguage(),
                ".github/workflows/ci.yml").withWorkspace(Map.of(".github/workflows/ci.yml", "",
                        "web/npm-shrinkwrap.json", "{}"));
        inRepo.assertFix(cache("~/.npm", "npm-cache") + "          restore-keys: npm-cache-\n",
                "Add hashFiles('**/npm-shrinkwrap.json') to the key",
                cache("~/.npm", "npm-cache-${{ hashFiles('**/npm-shrinkwrap.json') }}") + "          restore-keys: npm-cache-\n");
    }

    @Test
    void noFixWithoutTheWorkspace() {
        assertEquals(List.of(), tester.onlyFinding(cache("~/.npm", "npm-cache")).fixes());
    }
}
