package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlMergeKeyRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new YamlMergeKeyRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static final String HEAD = "on: push\njobs:\n  a:\n    runs-on: x\n    env: &env\n      A: 1\n      B: 2\n"
            + "    steps: [run: x]\n  b:\n    runs-on: x\n";

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("merge into env", HEAD + "    env:\n      «<<»: *env\n      C: 3\n    steps: [run: x]\n"),
                RuleCase.flags("flow mapping", HEAD + "    env: {«<<»: *env}\n    steps: [run: x]\n"),
                RuleCase.flags("merge of a list", HEAD + "    env:\n      «<<»: [*env]\n    steps: [run: x]\n"),
                RuleCase.passes("plain aliases are fine", HEAD + "    env: *env\n    steps: [run: x]\n"),
                RuleCase.passes("quoted << is a key", HEAD + "    env:\n      \"<<\": x\n    steps: [run: x]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixWritesTheKeysOutAndDropsTheUnusedAnchor() {
        tester.assertFix(HEAD + "    env:\n      «<<»: *env\n      B: 3\n    steps: [run: x]\n",
                YamlMergeKeyRule.FIX_TITLE,
                HEAD.replace("env: &env", "env:") + "    env:\n      A: 1\n      B: 3\n    steps: [run: x]\n");
    }

    @Test
    void fixKeepsNestedIndentation() {
        String before = "on: push\njobs:\n  a: &job\n    runs-on: x\n    timeout-minutes: 5\n    steps:\n      - run: make\n"
                + "  b:\n    name: b\n    «<<»: *job\n";
        String after = "on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: 5\n    steps:\n      - run: make\n"
                + "  b:\n    name: b\n    runs-on: x\n    timeout-minutes: 5\n    steps:\n      - run: make\n";
        tester.assertFix(before, YamlMergeKeyRule.FIX_TITLE, after);
    }

    @Test
    void fixKeepsTheAnchorWhileOtherAliasesUseIt() {
        tester.assertFix(HEAD + "    env:\n      «<<»: *env\n    steps: [run: x]\n  c:\n    runs-on: x\n    env: *env\n"
                        + "    steps: [run: x]\n", YamlMergeKeyRule.FIX_TITLE,
                HEAD + "    env:\n      A: 1\n      B: 2\n    steps: [run: x]\n  c:\n    runs-on: x\n    env: *env\n"
                        + "    steps: [run: x]\n");
    }

    @Test
    void noFixForFlowMappings() {
        var finding = tester.onlyFinding(HEAD + "    env: {<<: *env}\n    steps: [run: x]\n");
        org.junit.jupiter.api.Assertions.assertTrue(finding.fixes().isEmpty());
    }
}
