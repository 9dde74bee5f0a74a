package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidGlobRuleTest {

    private static final String JOBS = "jobs: {}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidGlobRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("regex anchors", "on:\n  push:\n    branches: [«^main$»]\n" + JOBS),
                RuleCase.flags("leading dot slash", "on:\n  push:\n    paths: [«./src/**»]\n" + JOBS),
                RuleCase.flags("negated dot slash", "on:\n  push:\n    paths-ignore:\n      - «'!./docs/**'»\n" + JOBS),
                RuleCase.flags("space in a branch", "on:\n  pull_request:\n    branches: [«my branch»]\n" + JOBS),
                RuleCase.flags("colon in a tag", "on:\n  push:\n    tags: [«v1:2»]\n" + JOBS),
                RuleCase.flags("unbalanced bracket", "on:\n  push:\n    paths: [«'src/[ab'»]\n" + JOBS),
                RuleCase.flags("a single string filter", "on:\n  push:\n    branches: «^main»\n" + JOBS),
                RuleCase.passes("globs", "on:\n  push:\n    branches: [main, 'releases/**', '!releases/**-alpha', 'v[12].*']\n"
                        + "    tags: [v*, 'v[0-9]+.[0-9]+']\n    paths: ['**.js', 'docs/*.md', '!a?c']\n" + JOBS),
                RuleCase.passes("expression", "on:\n  push:\n    branches: ['${{ x }}']\n" + JOBS),
                RuleCase.passes("other settings", "on:\n  workflow_run:\n    workflows: ['My ^ workflow']\n" + JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixes() {
        tester.assertFix("on:\n  push:\n    branches: [«^main$»]\n" + JOBS, "Remove the regular-expression anchors",
                "on:\n  push:\n    branches: [main]\n" + JOBS);
        tester.assertFix("on:\n  push:\n    paths:\n      - «'!./docs/**'»\n" + JOBS, "Remove the leading \"./\"",
                "on:\n  push:\n    paths:\n      - '!docs/**'\n" + JOBS);
        tester.assertMessage("on:\n  push:\n    branches: [a b]\n" + JOBS,
                "Ref pattern \"a b\" contains whitespace, which no branch or tag name can hold");
    }
}
