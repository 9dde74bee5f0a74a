package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeprecatedCommandRuleTest {

    private static final String STEPS = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n"
            + "    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DeprecatedCommandRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("set-output", STEPS + "      - run: echo \"«::set-output» name=v::1\"\n"),
                RuleCase.flags("in a block", STEPS + "      - run: |\n          make\n          echo '«::save-state» name=a::b'\n"),
                RuleCase.flags("set-env", STEPS + "      - run: echo «::set-env» name=A::b\n"),
                RuleCase.flags("add-path in pwsh", STEPS + "      - run: Write-Output \"«::add-path»::C:\\tools\"\n"
                        + "        shell: pwsh\n"),
                RuleCase.passes("new style", STEPS + "      - run: echo \"v=1\" >> \"$GITHUB_OUTPUT\"\n"),
                RuleCase.passes("other commands", STEPS + "      - run: echo \"::warning::careful\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixes() {
        tester.assertFix(STEPS + "      - run: echo \"«::set-output» name=version::${VERSION}\"\n", DeprecatedCommandRule.FIX_TITLE,
                STEPS + "      - run: echo \"version=${VERSION}\" >> \"$GITHUB_OUTPUT\"\n");
        tester.assertFix(STEPS + "      - run: |\n          echo «::add-path»::/opt/bin\n", DeprecatedCommandRule.FIX_TITLE,
                STEPS + "      - run: |\n          echo /opt/bin >> \"$GITHUB_PATH\"\n");
        tester.assertMessage(STEPS + "      - run: echo ::set-env name=A::b\n",
                "\"::set-env\" was disabled for security reasons and fails the step; append to $GITHUB_ENV instead");
    }
}
