package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingPermissionsRuleTest {

    private static final String JOBS = "  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new MissingPermissionsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("nothing declared", "on: push\n«jobs»:\n" + JOBS),
                RuleCase.flags("one job of two declares", "on: push\n«jobs»:\n" + JOBS
                        + "  lint:\n    runs-on: x\n    permissions:\n      contents: read\n"),
                RuleCase.flags("reusable call job without permissions", "on: push\n«jobs»:\n  c:\n    uses: ./.github/workflows/w.yml\n"),
                RuleCase.flags("workflow_call and push", "on: [push, workflow_call]\n«jobs»:\n" + JOBS),
                RuleCase.passes("top-level permissions", "on: push\npermissions:\n  contents: read\njobs:\n" + JOBS),
                RuleCase.passes("empty top-level permissions", "on: push\npermissions: {}\njobs:\n" + JOBS),
                RuleCase.passes("every job declares", "on: push\njobs:\n  a:\n    runs-on: x\n    permissions: read-all\n"
                        + "  b:\n    runs-on: x\n    permissions: {}\n"),
                RuleCase.passes("only workflow_call", "on:\n  workflow_call:\n    inputs: {}\njobs:\n" + JOBS),
                RuleCase.passes("only workflow_call as a string", "on: workflow_call\njobs:\n" + JOBS),
                RuleCase.passes("no jobs", "on: push\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void actionFilesAreNotWorkflows() {
        RuleTester.of(new MissingPermissionsRule(), new WorkflowLanguage(), "action.yml")
                .verify(RuleCase.passes("action", "name: x\nruns:\n  using: composite\n  steps: []\n"));
    }

    @Test
    void fixAddsReadOnlyContents() {
        tester.assertFix("name: CI\non: push\n# the jobs\n«jobs»:\n" + JOBS, MissingPermissionsRule.FIX_TITLE,
                "name: CI\non: push\n# the jobs\npermissions:\n  contents: read\njobs:\n" + JOBS);
    }

    @Test
    void fixKeepsIndentationAndLineBreaks() {
        String before = "on:\r\n    push:\r\n        branches: [main]\r\n«jobs»:\r\n    a:\r\n        runs-on: x\r\n";
        tester.assertFix(before, MissingPermissionsRule.FIX_TITLE,
                "on:\r\n    push:\r\n        branches: [main]\r\npermissions:\r\n    contents: read\r\njobs:\r\n"
                        + "    a:\r\n        runs-on: x\r\n");
    }

    @Test
    void message() {
        tester.assertMessage("on: push\njobs:\n" + JOBS + "  lint:\n    runs-on: x\n",
                "The workflow declares no top-level \"permissions:\" and jobs \"build\", \"lint\" set none, so the"
                        + " repository's default token scopes apply (often write access to everything); declare what"
                        + " the workflow needs");
    }
}
