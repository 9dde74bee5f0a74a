package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedActionRuleTest {

    private static final String SHA = "11bd71901bbe5b1630ceea73d27597364c9af683";
    private static final String HEAD = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnpinnedActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> tagPolicy =
            RuleTester.of(new UnpinnedActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                    .withConfig(new Config(Map.of(), List.of(), null, null, Map.of("gha.actionPinning", "tag")));
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new UnpinnedActionRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> shaPolicy() {
        return Stream.of(
                RuleCase.flags("major tag", HEAD + "      - uses: actions/checkout@«v4»\n"),
                RuleCase.flags("full version tag", HEAD + "      - uses: actions/checkout@«v4.2.2»\n"),
                RuleCase.passes("branch (action-branch-ref's)", HEAD + "      - uses: actions/checkout@main\n"),
                RuleCase.passes("short SHA (short-sha-ref's)", HEAD + "      - uses: actions/checkout@11bd719\n"),
                RuleCase.flags("action in a subdirectory", HEAD + "      - uses: github/codeql-action/init@«v3»\n"),
                RuleCase.passes("no ref at all (invalid-uses')", HEAD + "      - uses: actions/checkout\n"),
                RuleCase.passes("empty ref (invalid-uses')", HEAD + "      - uses: actions/checkout@\n"),
                RuleCase.flags("single quoted", HEAD + "      - uses: 'actions/checkout@«v4»'\n"),
                RuleCase.flags("double quoted", HEAD + "      - uses: \"actions/checkout@«v4»\"\n"),
                RuleCase.passes("double quoted without ref", HEAD + "      - uses: \"actions/checkout\"\n"),
                RuleCase.flags("trailing comment", HEAD + "      - uses: actions/checkout@«v4» # v4.2.2\n"),
                RuleCase.flags("flow step", HEAD + "      - { uses: actions/checkout@«v4», with: { fetch-depth: 0 } }\n"),
                RuleCase.flags("several steps", HEAD + "      - uses: actions/checkout@" + SHA + "\n"
                        + "      - uses: actions/setup-node@«v4»\n      - run: npm ci\n      - uses: actions/cache@«v4»\n"),
                RuleCase.flags("reusable workflow call", "on: push\njobs:\n  call:\n"
                        + "    uses: octo/shared/.github/workflows/build.yml@«v2»\n"),
                RuleCase.flags("CRLF", HEAD.replace("\n", "\r\n") + "      - uses: actions/checkout@«v4»\r\n"),
                RuleCase.flags("emoji before", HEAD + "      - { name: 🚀, uses: actions/checkout@«v4» }\n"),
                RuleCase.passes("full SHA", HEAD + "      - uses: actions/checkout@" + SHA + " # v4.2.2\n"),
                RuleCase.passes("full SHA reusable workflow", "on: push\njobs:\n  call:\n"
                        + "    uses: octo/shared/.github/workflows/build.yml@" + SHA + "\n"),
                RuleCase.passes("local action", HEAD + "      - uses: ./.github/actions/setup\n"),
                RuleCase.passes("local reusable workflow", "on: push\njobs:\n  call:\n"
                        + "    uses: ./.github/workflows/build.yml\n"),
                RuleCase.passes("self-repository action", HEAD + "      - uses: $/.github/actions/setup\n"),
                RuleCase.passes("self-repository workflow", "on: push\njobs:\n  call:\n"
                        + "    uses: $/.github/workflows/build.yml\n"),
                RuleCase.passes("docker image", HEAD + "      - uses: docker://alpine:3.20\n"),
                RuleCase.passes("docker image without tag", HEAD + "      - uses: docker://alpine\n"),
                RuleCase.passes("expression (malformed, another rule's)", HEAD + "      - uses: ${{ matrix.action }}\n"),
                RuleCase.passes("no owner (malformed, another rule's)", HEAD + "      - uses: checkout@v4\n"),
                RuleCase.passes("run step", HEAD + "      - run: echo actions/checkout@v4\n"),
                RuleCase.passes("uses in with", HEAD + "      - uses: ./x\n        with:\n          uses: a/b@v1\n"),
                RuleCase.passes("null uses", HEAD + "      - uses:\n"),
                RuleCase.passes("uses outside steps", "on: push\nenv:\n  uses: a/b@v1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shaPolicy")
    void shaPolicyAcceptsOnlyFullShas(RuleCase c) {
        tester.verify(c);
    }

    static Stream<RuleCase> tagPolicyCases() {
        return Stream.of(
                RuleCase.passes("branch (action-branch-ref's)", HEAD + "      - uses: actions/checkout@main\n"),
                RuleCase.passes("latest (action-branch-ref's)", HEAD + "      - uses: o/r@latest\n"),
                RuleCase.passes("no ref (invalid-uses')", HEAD + "      - uses: actions/checkout\n"),
                RuleCase.passes("major tag", HEAD + "      - uses: actions/checkout@v4\n"),
                RuleCase.passes("full version", HEAD + "      - uses: actions/checkout@v4.1.2\n"),
                RuleCase.passes("version without v", HEAD + "      - uses: o/r@1.2\n"),
                RuleCase.passes("SHA", HEAD + "      - uses: actions/checkout@" + SHA + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tagPolicyCases")
    void tagPolicyAcceptsVersionTags(RuleCase c) {
        tagPolicy.verify(c);
    }

    @Test
    void compositeActionSteps() {
        tester.verify(RuleCase.passes("a workflow-path test of an action file is not an action", "runs:\n  steps:\n    - uses: a/b@v1\n"));
        actions.verify(RuleCase.flags("composite step", """
                name: x
                description: y
                runs:
                  using: composite
                  steps:
                    - uses: actions/setup-node@«v4»
                    - uses: ./local
                """));
    }

    @Test
    void messagesNameTheActionAndSayHowToPin() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@v4\n",
                "Action \"actions/checkout@v4\" is not pinned to a full commit SHA; pin it: "
                        + "actions/checkout@<commit SHA> # v4");
        tester.assertMessage("on: push\njobs:\n  c:\n    uses: o/r/.github/workflows/w.yml@v1\n",
                "Reusable workflow \"o/r/.github/workflows/w.yml@v1\" is not pinned to a full commit SHA; pin it: "
                        + "o/r/.github/workflows/w.yml@<commit SHA> # v1");
    }

    @Test
    void findingsCarryTheZizmorIdAndNoFix() {
        var finding = tester.onlyFinding(HEAD + "      - uses: actions/checkout@v4\n");
        assertEquals(List.of(PeerId.of(PeerId.ZIZMOR, "unpinned-uses")), finding.peers());
        assertEquals(List.of(), finding.fixes());
    }

    @Test
    void inlineSuppressions() {
        tester.verify(RuleCase.passes("plumbline comment above",
                HEAD + "      # plumbline ignore=gha/unpinned-action\n      - uses: actions/checkout@v4\n"));
        tester.verify(RuleCase.passes("zizmor comment at the end",
                HEAD + "      - uses: actions/checkout@v4 # zizmor: ignore[unpinned-uses]\n"));
        tester.verify(RuleCase.flags("zizmor comment for another audit",
                HEAD + "      - uses: actions/checkout@«v4» # zizmor: ignore[artipacked]\n"));
    }
}
