package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShellNameRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ShellNameRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    private static String step(String runsOn, String shell) {
        return "on: push\njobs:\n  a:\n    runs-on: " + runsOn + "\n    steps:\n      - run: x\n        shell: " + shell + "\n";
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown", step("ubuntu-latest", "«zsh»")),
                RuleCase.flags("typo", step("ubuntu-latest", "«bassh»")),
                RuleCase.flags("template without {0}", step("ubuntu-latest", "«bash -e»")),
                RuleCase.flags("powershell on linux", step("ubuntu-latest", "«powershell»")),
                RuleCase.flags("cmd on macos", step("macos-latest", "«cmd»")),
                RuleCase.flags("sh on windows", step("windows-latest", "«sh»")),
                RuleCase.flags("job default", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    defaults:\n"
                        + "      run:\n        shell: «powershell»\n    steps: [run: x]\n"),
                RuleCase.passes("known shells", step("ubuntu-latest", "bash") + "      - run: y\n        shell: pwsh\n"
                        + "      - run: z\n        shell: python\n"),
                RuleCase.passes("template", step("ubuntu-latest", "bash -l {0}")),
                RuleCase.passes("powershell on windows", step("windows-2022", "powershell")),
                RuleCase.passes("unknown os", step("${{ matrix.os }}", "powershell")),
                RuleCase.passes("self-hosted windows", step("[self-hosted, windows]", "cmd")),
                RuleCase.passes("expression", step("ubuntu-latest", "${{ matrix.shell }}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixAndMessages() {
        tester.assertFix(step("ubuntu-latest", "«bassh»"), "Replace with \"bash\"", step("ubuntu-latest", "bash"));
        tester.assertMessage(step("ubuntu-latest", "powershell"),
                "Shell \"powershell\" exists only on Windows, but job \"a\" runs on linux; use pwsh");
    }
}
