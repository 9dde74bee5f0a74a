package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedToolRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnpinnedToolRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("helm without version", HEAD + "      - uses: «azure/setup-helm@v4»\n"),
                RuleCase.flags("terraform latest", HEAD + "      - uses: hashicorp/setup-terraform@v3\n        with:\n"
                        + "          terraform_version: «latest»\n"),
                RuleCase.flags("setup-node without version", HEAD + "      - uses: «actions/setup-node@v4»\n"
                        + "        with:\n          cache: npm\n"),
                RuleCase.flags("setup-go without version", HEAD + "      - uses: «actions/setup-go@v5»\n"),
                RuleCase.passes("helm pinned", HEAD + "      - uses: azure/setup-helm@v4\n        with:\n"
                        + "          version: v3.15.2\n"),
                RuleCase.passes("node version", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          node-version: 22\n"),
                RuleCase.passes("node version file", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          node-version-file: .nvmrc\n"),
                RuleCase.passes("go version file", HEAD + "      - uses: actions/setup-go@v5\n        with:\n"
                        + "          go-version-file: go.mod\n"),
                RuleCase.passes("python without workspace", HEAD + "      - uses: actions/setup-python@v5\n"),
                RuleCase.passes("with as expression", HEAD + "      - uses: actions/setup-node@v4\n"
                        + "        with: ${{ fromJSON(inputs.setup) }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void setupPythonNeedsTheWorkspace() {
        String source = HEAD + "      - uses: «actions/setup-python@v5»\n";
        RuleTester.of(new UnpinnedToolRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withWorkspace(Map.of(".github/workflows/ci.yml", "")).verify(RuleCase.flags("no file", source));
        RuleTester.of(new UnpinnedToolRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withWorkspace(Map.of(".github/workflows/ci.yml", "", ".python-version", "3.12\n"))
                .verify(RuleCase.passes("file", source.replace("«", "").replace("»", "")));
    }
}
