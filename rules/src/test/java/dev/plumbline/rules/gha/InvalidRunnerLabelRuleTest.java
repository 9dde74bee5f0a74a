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

class InvalidRunnerLabelRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidRunnerLabelRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static String runsOn(String value) {
        return "on: push\njobs:\n  a:\n    runs-on: " + value + "\n    steps: [run: x]\n";
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("typo", runsOn("«ubuntu-lastest»")),
                RuleCase.flags("retired", runsOn("«ubuntu-20.04»")),
                RuleCase.flags("retired in a list", runsOn("[«windows-2019»]")),
                RuleCase.flags("contradictory", runsOn("[ubuntu-latest, «windows-latest»]")),
                RuleCase.passes("current labels", runsOn("ubuntu-24.04")),
                RuleCase.passes("case does not matter", runsOn("Ubuntu-Latest")),
                RuleCase.passes("self-hosted list", runsOn("[self-hosted, ubuntu-lastest]")),
                RuleCase.passes("expression", runsOn("${{ matrix.os }}")),
                RuleCase.passes("runner group", "on: push\njobs:\n  a:\n    runs-on:\n      group: big\n"
                        + "      labels: [ubuntu-lastest]\n    steps: [run: x]\n"),
                RuleCase.passes("larger runner named after an image", runsOn("ubuntu-24.04-arm64")),
                RuleCase.passes("custom label far from any hosted one", runsOn("gpu-runner")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void configuredLabelsAreNeverJudged() {
        RuleTester<WorkflowFile> configured = RuleTester.of(new InvalidRunnerLabelRule(), new WorkflowLanguage(),
                ".github/workflows/ci.yml").withConfig(new Config(Map.of(), List.of(), null, null,
                Map.of(InvalidRunnerLabelRule.OPTION, List.of("ubuntu-lastest"))));
        configured.verify(RuleCase.passes("configured", runsOn("ubuntu-lastest")));
    }

    @Test
    void fixes() {
        tester.assertFix(runsOn("«ubuntu-lastest»"), "Replace with \"ubuntu-latest\"", runsOn("ubuntu-latest"));
        tester.assertFix(runsOn("«ubuntu-20.04»"), "Replace with \"ubuntu-latest\"", runsOn("ubuntu-latest"));
        tester.assertFix(runsOn("[«macos-12»]"), "Replace with \"macos-latest\"", runsOn("[macos-latest]"));
    }
}
