package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnusedAnchorRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnusedAnchorRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unused mapping anchor", "on: push\nenv: «&e»\n  A: 1\njobs: {}\n"),
                RuleCase.flags("unused scalar anchor", "on: push\nenv:\n  A: «&a» 1\njobs: {}\n"),
                RuleCase.flags("one of two unused", "on: push\nenv:\n  A: &a 1\n  B: «&b» 2\n  C: *a\njobs: {}\n"),
                RuleCase.passes("used", "on: push\nenv:\n  A: &a 1\n  B: *a\njobs: {}\n"),
                RuleCase.passes("no anchors", "on: push\njobs: {}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixRemovesTheAnchor() {
        tester.assertFix("on: push\nenv: «&e»\n  A: 1\njobs: {}\n", UnusedAnchorRule.FIX_TITLE,
                "on: push\nenv:\n  A: 1\njobs: {}\n");
        tester.assertFix("on: push\nenv:\n  A: «&a» 1\njobs: {}\n", UnusedAnchorRule.FIX_TITLE,
                "on: push\nenv:\n  A: 1\njobs: {}\n");
        tester.assertMessage("on: push\nenv:\n  A: &a 1\njobs: {}\n", "Anchor \"&a\" is never used");
    }
}
