package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionInputRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ActionInputRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown input", HEAD + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          «fetch_depth»: 0\n"),
                RuleCase.flags("unknown input at a SHA with a version comment", HEAD + "      - uses: actions/checkout@"
                        + SHA + " # v4.2.2\n        with:\n          «depth»: 0\n"),
                RuleCase.flags("missing required inputs, no with", HEAD + "      - uses: «actions/cache@v4»\n"),
                RuleCase.flags("missing required key", HEAD + "      - uses: actions/cache@v4\n        «with»:\n"
                        + "          path: ~/.npm\n"),
                RuleCase.flags("two problems", HEAD + "      - uses: actions/github-script@v7\n        «with»:\n"
                        + "          «scripts»: console.log(1)\n"),
                RuleCase.flags("flow mapping", HEAD + "      - uses: actions/setup-node@v4\n        with: {«nodeversion»: 20}\n"),
                RuleCase.passes("known inputs", HEAD + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          fetch-depth: 0\n          persist-credentials: false\n"),
                RuleCase.passes("app token permissions", HEAD + "      - uses: actions/create-github-app-token@v2\n"
                        + "        with:\n          client-id: ${{ vars.ID }}\n          private-key: ${{ secrets.KEY }}\n"
                        + "          permission-contents: write\n"),
                RuleCase.passes("case-insensitive", HEAD + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          Fetch-Depth: 0\n"),
                RuleCase.passes("required inputs given", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                        + "          path: ~/.npm\n          key: npm-${{ hashFiles('package-lock.json') }}\n"),
                RuleCase.passes("required with default", HEAD + "      - uses: actions/upload-artifact@v4\n        with:\n"
                        + "          path: dist\n"),
                RuleCase.passes("branch ref is not checked", HEAD + "      - uses: actions/checkout@main\n        with:\n"
                        + "          anything: 1\n"),
                RuleCase.passes("SHA without comment is not checked", HEAD + "      - uses: actions/checkout@" + SHA
                        + "\n        with:\n          anything: 1\n"),
                RuleCase.passes("old major not described", HEAD + "      - uses: actions/upload-artifact@v3\n        with:\n"
                        + "          anything: 1\n"),
                RuleCase.passes("unknown action", HEAD + "      - uses: octo/tool@v1\n        with:\n          x: 1\n"),
                RuleCase.passes("action without an inputs table", HEAD + "      - uses: actions/stale@v9\n        with:\n"
                        + "          days-before-stale: 30\n"),
                RuleCase.passes("with as expression", HEAD + "      - uses: actions/cache@v4\n        with: ${{ fromJSON(inputs.c) }}\n"),
                RuleCase.passes("local action without workspace", HEAD + "      - uses: ./.github/actions/x\n        with:\n"
                        + "          y: 1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSuggestsTheNearestInput() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@v4\n        with:\n          fetch_depth: 0\n",
                "Action \"actions/checkout\" has no input \"fetch_depth\"; did you mean \"fetch-depth\"?");
    }

    @Test
    void fixAddsTheMissingInput() {
        tester.assertFix(HEAD + "      - uses: actions/cache@v4\n        with:\n          path: ~/.npm\n",
                "Add input \"key\"", HEAD + "      - uses: actions/cache@v4\n        with:\n          path: ~/.npm\n"
                        + "          key: ''\n");
    }

    @Test
    void fixAddsEveryMissingInput() {
        tester.assertFix(HEAD + "      - uses: actions/cache@v4\n", "Add inputs \"path\", \"key\"",
                HEAD + "      - uses: actions/cache@v4\n        with:\n          path: ''\n          key: ''\n");
    }

    @Test
    void localActionsThroughTheWorkspace() {
        RuleTester<WorkflowFile> local = RuleTester.of(new ActionInputRule(), new WorkflowLanguage(),
                ".github/workflows/ci.yml").withWorkspace(Map.of(
                        ".github/workflows/ci.yml", "",
                        ".github/actions/setup/action.yml", "name: s\ndescription: d\ninputs:\n  version:\n"
                                + "    description: v\n    required: true\n  cache:\n    description: c\n"
                                + "    required: true\n    default: 'true'\nruns:\n  using: composite\n  steps: []\n"));
        local.verify(RuleCase.flags("unknown and missing", HEAD + "      - uses: ./.github/actions/setup\n"
                + "        «with»:\n          «versoin»: 1\n"));
        local.verify(RuleCase.passes("complete", HEAD + "      - uses: ./.github/actions/setup\n        with:\n"
                + "          version: 1\n"));
        local.verify(RuleCase.passes("missing action is another rule's", HEAD + "      - uses: ./.github/actions/other\n"
                + "        with:\n          version: 1\n"));
    }
}
