package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiscouragedFeatureRuleTest {

    private static final String JOB = "on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DiscouragedFeatureRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("cmd", JOB + "      - run: x\n        shell: «cmd»\n"),
                RuleCase.flags("non-standard program", JOB + "      - run: x\n        shell: «perl {0}»\n"),
                RuleCase.flags("pip-install", JOB + "      - uses: actions/setup-python@v5\n        with:\n"
                        + "          python-version: '3.12'\n          «pip-install»: requests\n"),
                RuleCase.passes("wrappers of known shells", JOB + "      - run: x\n        shell: msys2 {0}\n"
                        + "      - run: y\n        shell: arch -x86_64 bash -e {0}\n      - run: z\n"
                        + "        shell: xvfb-run bash {0}\n"),
                RuleCase.passes("standard shells and templates", JOB + "      - run: x\n        shell: bash -l {0}\n"
                        + "      - run: y\n        shell: pwsh\n"),
                RuleCase.passes("setup-python without pip-install", JOB + "      - uses: actions/setup-python@v5\n"
                        + "        with:\n          python-version: '3.12'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
