package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActionBranchRefRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ActionBranchRefRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("main", HEAD + "      - uses: actions/checkout@«main»\n"),
                RuleCase.flags("master in quotes", HEAD + "      - uses: 'owner/action@«master»'\n"),
                RuleCase.flags("HEAD", HEAD + "      - uses: owner/action@«HEAD»\n"),
                RuleCase.flags("latest", HEAD + "      - uses: owner/action@«latest»\n"),
                RuleCase.flags("release branch", HEAD + "      - uses: owner/action@«releases/v1»\n"),
                RuleCase.flags("minor branch", HEAD + "      - uses: owner/action@«v1.x»\n"),
                RuleCase.flags("reusable workflow", "on: push\njobs:\n  c:\n    uses: o/r/.github/workflows/w.yml@«develop»\n"),
                RuleCase.flags("composite step", "name: x\nruns:\n  using: composite\n  steps:\n"
                        .replace("name: x\n", "") + "    - uses: o/r@«trunk»\n"),
                RuleCase.passes("version tags", HEAD + "      - uses: a/b@v4\n      - uses: a/b@v4.1.2\n      - uses: a/b@1.0\n"
                        + "      - uses: a/b@v2.0.0-rc.1\n"),
                RuleCase.passes("SHAs (full and short)", HEAD + "      - uses: a/b@11bd71901bbe5b1630ceea73d27597364c9af683\n"
                        + "      - uses: a/b@11bd719\n"),
                RuleCase.passes("local and docker", HEAD + "      - uses: ./local\n      - uses: docker://alpine:3\n"),
                RuleCase.passes("no ref (unpinned-action's)", HEAD + "      - uses: a/b\n"),
                RuleCase.passes("expression", HEAD + "      - uses: a/b@${{ matrix.ref }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        if (c.name().equals("composite step")) {
            RuleTester.of(new ActionBranchRefRule(), new WorkflowLanguage(), "action.yml").verify(c);
        } else {
            tester.verify(c);
        }
    }

    @Test
    void reportedUnderTheTagPolicyToo() {
        RuleTester.of(new ActionBranchRefRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withConfig(new Config(Map.of(), List.of(), null, null, Map.of("gha.actionPinning", "tag")))
                .verify(RuleCase.flags("main", HEAD + "      - uses: actions/checkout@«main»\n"));
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@main\n", "Action \"actions/checkout@main\" is used at"
                + " \"main\", a branch that moves with every push; pin a commit SHA (or at least a release tag):"
                + " actions/checkout@<commit SHA> # <version>");
    }
}
