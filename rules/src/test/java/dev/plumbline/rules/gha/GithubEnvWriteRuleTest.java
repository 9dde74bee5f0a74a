package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GithubEnvWriteRuleTest {

    private static final String JOB = "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new GithubEnvWriteRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("env in pull_request_target", "on: pull_request_target\n" + JOB
                        + "      - run: echo \"A=$B\" >> «$GITHUB_ENV»\n"),
                RuleCase.flags("path in workflow_run", "on:\n  workflow_run:\n    workflows: [CI]\n" + JOB
                        + "      - run: echo /x >> «\"${GITHUB_PATH}\"».replace\n".replace("«\"${GITHUB_PATH}\"».replace", "\"«${GITHUB_PATH}»\"")),
                RuleCase.flags("pwsh", "on: pull_request_target\n" + JOB
                        + "      - run: Add-Content «$env:GITHUB_ENV» \"A=b\"\n        shell: pwsh\n"),
                RuleCase.passes("ordinary pull_request", "on: pull_request\n" + JOB + "      - run: echo A=b >> $GITHUB_ENV\n"),
                RuleCase.passes("outputs", "on: pull_request_target\n" + JOB + "      - run: echo a=b >> $GITHUB_OUTPUT\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
