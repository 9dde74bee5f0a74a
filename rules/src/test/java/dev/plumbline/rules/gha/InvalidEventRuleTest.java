package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidEventRuleTest {

    private static final String JOBS = "jobs: {}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidEventRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown scalar event", "on: «pull-request»\n" + JOBS),
                RuleCase.flags("unknown list event", "on: [push, «pullrequest»]\n" + JOBS),
                RuleCase.flags("unknown mapping event", "on:\n  «pushh»:\n    branches: [main]\n" + JOBS),
                RuleCase.flags("unknown activity type", "on:\n  pull_request:\n    types: [opened, «synchronized»]\n" + JOBS),
                RuleCase.flags("activity type as a string", "on:\n  issues:\n    types: «open»\n" + JOBS),
                RuleCase.flags("filter the event lacks", "on:\n  pull_request:\n    «tags»: [v*]\n" + JOBS),
                RuleCase.flags("typo in a filter", "on:\n  push:\n    «branch»: [main]\n" + JOBS),
                RuleCase.flags("types on an event without types", "on:\n  push:\n    «types»: [created]\n" + JOBS),
                RuleCase.flags("types on create", "on:\n  create:\n    «types»: [x]\n" + JOBS),
                RuleCase.flags("both branches and branches-ignore", "on:\n  push:\n    branches: [main]\n"
                        + "    «branches-ignore»: [dev]\n" + JOBS),
                RuleCase.flags("filters of a wrong shape", "on:\n  push:\n    branches: «{main: x}»\n" + JOBS),
                RuleCase.passes("every shape", "on:\n  push:\n    branches: [main]\n    tags: [v*]\n    paths-ignore: [docs/**]\n"
                        + "  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]\n"
                        + "  pull_request_target:\n    branches: main\n  workflow_run:\n    workflows: [CI]\n"
                        + "    types: completed\n  repository_dispatch:\n    types: [any-custom-type]\n"
                        + "  schedule:\n    - cron: '0 0 * * *'\n  workflow_dispatch:\n  merge_group:\n  release:\n"
                        + "    types: [published]\n" + JOBS),
                RuleCase.passes("list form", "on: [push, pull_request, workflow_dispatch]\n" + JOBS),
                RuleCase.passes("dispatch input typos are invalid-input-definition's",
                        "on:\n  workflow_dispatch:\n    input: {}\n" + JOBS),
                RuleCase.passes("no on at all", JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndFixes() {
        tester.assertMessage("on: pull-request\n" + JOBS,
                "Unknown event \"pull-request\"; did you mean \"pull_request\"?");
        tester.assertMessage("on:\n  pull_request:\n    types: [synchronized]\n" + JOBS,
                "Event \"pull_request\" has no activity type \"synchronized\"; did you mean \"synchronize\"?");
        tester.assertFix("on: «pull-request»\n" + JOBS, "Replace with \"pull_request\"", "on: pull_request\n" + JOBS);
        tester.assertFix("on:\n  push:\n    «branch»: [main]\n" + JOBS, "Replace with \"branches\"",
                "on:\n  push:\n    branches: [main]\n" + JOBS);
        tester.assertFix("on:\n  pull_request:\n    types: [«synchronized»]\n" + JOBS, "Replace with \"synchronize\"",
                "on:\n  pull_request:\n    types: [synchronize]\n" + JOBS);
    }
}
