package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidUsesRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidUsesRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no ref", HEAD + "      - uses: «actions/checkout»\n"),
                RuleCase.flags("empty ref", HEAD + "      - uses: «actions/checkout@»\n"),
                RuleCase.flags("no owner", HEAD + "      - uses: «checkout@v4»\n"),
                RuleCase.flags("empty repo", HEAD + "      - uses: «actions/@v4»\n"),
                RuleCase.flags("empty owner", HEAD + "      - uses: «/checkout@v4»\n"),
                RuleCase.flags("trailing slash", HEAD + "      - uses: «github/codeql-action/@v3»\n"),
                RuleCase.flags("local with ref", HEAD + "      - uses: «./.github/actions/setup@v1»\n"),
                RuleCase.flags("docker without image", HEAD + "      - uses: «docker://»\n"),
                RuleCase.flags("expression", HEAD + "      - uses: «actions/checkout@${{ inputs.ref }}»\n"),
                RuleCase.flags("quoted", HEAD + "      - uses: «\"actions/checkout\"»\n"),
                RuleCase.flags("workflow as a step", HEAD + "      - uses: «octo/ci/.github/workflows/build.yml@v1»\n"),
                RuleCase.flags("local workflow as a step", HEAD + "      - uses: «./.github/workflows/build.yml»\n"),
                RuleCase.flags("action as a job", "on: push\njobs:\n  call:\n    uses: «actions/checkout@v4»\n"),
                RuleCase.flags("malformed job call", "on: push\njobs:\n  call:\n    uses: «octo/ci/.github/workflows/build.yml»\n"),
                RuleCase.passes("tag", HEAD + "      - uses: actions/checkout@v4\n"),
                RuleCase.passes("sha", HEAD + "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n"),
                RuleCase.passes("path in repo", HEAD + "      - uses: github/codeql-action/init@v3\n"),
                RuleCase.passes("local action", HEAD + "      - uses: ./.github/actions/setup\n"),
                RuleCase.passes("self repository", HEAD + "      - uses: $/.github/actions/setup\n"),
                RuleCase.passes("docker", HEAD + "      - uses: docker://alpine:3.20\n"),
                RuleCase.passes("branch ref", HEAD + "      - uses: actions/checkout@main\n"),
                RuleCase.passes("remote workflow call", "on: push\njobs:\n  call:\n    uses: octo/ci/.github/workflows/build.yml@v1\n"),
                RuleCase.passes("local workflow call", "on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yaml\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageSaysWhatIsMissing() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout\n",
                "\"uses: actions/checkout\" has no @ref; GitHub needs one: actions/checkout@<commit SHA or tag>");
    }

    @Test
    void compositeActionSteps() {
        RuleTester.of(new InvalidUsesRule(), new WorkflowLanguage(), "action.yml").verify(RuleCase.flags("composite",
                "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - uses: «actions/setup-node»\n"));
    }
}
