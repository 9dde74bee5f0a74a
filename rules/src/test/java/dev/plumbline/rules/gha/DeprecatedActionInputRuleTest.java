package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeprecatedActionInputRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DeprecatedActionInputRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("setup-node version", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          «version»: 20\n"),
                RuleCase.flags("setup-java jdkFile", HEAD + "      - uses: actions/setup-java@v4\n        with:\n"
                        + "          distribution: jdkfile\n          «jdkFile»: jdk.tar.gz\n"),
                RuleCase.passes("current input", HEAD + "      - uses: actions/setup-node@v4\n        with:\n"
                        + "          node-version: 20\n"),
                RuleCase.passes("branch ref", HEAD + "      - uses: actions/setup-node@main\n        with:\n"
                        + "          version: 20\n"),
                RuleCase.passes("unknown action", HEAD + "      - uses: octo/x@v1\n        with:\n          version: 1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageCarriesTheDeprecationMessage() {
        tester.assertMessage(HEAD + "      - uses: actions/setup-node@v4\n        with:\n          version: 20\n",
                "Input \"version\" of \"actions/setup-node\" is deprecated: Use node-version instead.");
    }

    @Test
    void localActionDeprecations() {
        RuleTester<WorkflowFile> local = RuleTester.of(new DeprecatedActionInputRule(), new WorkflowLanguage(),
                ".github/workflows/ci.yml").withWorkspace(Map.of(".github/workflows/ci.yml", "",
                        "tools/action.yaml", "name: t\ndescription: d\ninputs:\n  old:\n    description: o\n"
                                + "    deprecationMessage: Use new.\n  new:\n    description: n\n"
                                + "runs:\n  using: node20\n  main: index.js\n"));
        local.verify(RuleCase.flags("local", HEAD + "      - uses: ./tools\n        with:\n          «old»: 1\n"
                + "          new: 2\n"));
    }
}
