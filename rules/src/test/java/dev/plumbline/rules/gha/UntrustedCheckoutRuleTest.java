package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntrustedCheckoutRuleTest {

    private static final String PRT = "on: pull_request_target\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UntrustedCheckoutRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("head sha then run", PRT + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: «${{ github.event.pull_request.head.sha }}»\n      - run: npm test\n"),
                RuleCase.flags("head_ref then local action", PRT + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: «${{ github.head_ref }}»\n      - uses: ./.github/actions/build\n"),
                RuleCase.flags("fork repository", PRT + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          repository: «${{ github.event.pull_request.head.repo.full_name }}»\n"
                        + "      - uses: docker/build-push-action@v6\n"),
                RuleCase.flags("merge ref in issue_comment", "on: issue_comment\njobs:\n  t:\n    runs-on: x\n    steps:\n"
                        + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: «refs/pull/${{ github.event.issue.number }}/merge»\n      - run: make\n"),
                RuleCase.flags("workflow_run head", "on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\n"
                        + "jobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: «${{ github.event.workflow_run.head_sha }}»\n      - run: ./deploy.sh\n"),
                RuleCase.flags("git fetch of the pull ref", PRT + "      - uses: actions/checkout@v4\n"
                        + "      - run: git fetch origin «pull/${{ github.event.number }}/head»:pr && git checkout pr\n"
                        + "      - run: make\n"),
                RuleCase.flags("gh pr checkout", "on: issue_comment\njobs:\n  t:\n    runs-on: x\n    steps:\n"
                        + "      - run: «gh pr checkout» ${{ github.event.issue.number }}\n      - run: make\n"),
                RuleCase.passes("base checkout", PRT + "      - uses: actions/checkout@v4\n      - run: npm test\n"),
                RuleCase.passes("head checkout without code after it", PRT + "      - uses: actions/checkout@v4\n"
                        + "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"
                        + "      - uses: actions/upload-artifact@v4\n"),
                RuleCase.passes("pull_request trigger", "on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n"
                        + "      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.head_ref }}\n"
                        + "      - run: make\n"),
                RuleCase.passes("same-repository guard", "on: pull_request_target\njobs:\n  t:\n"
                        + "    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on: x\n"
                        + "    steps:\n      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make\n"),
                RuleCase.passes("code runs before the checkout", PRT + "      - run: make\n      - uses: actions/checkout@v4\n"
                        + "        with:\n          ref: ${{ github.head_ref }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(PRT + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          ref: ${{ github.event.pull_request.head.sha }}\n      - name: Test\n        run: npm test\n",
                "This \"pull_request_target\" workflow checks out the pull request's head and step 2 (\"Test\") runs its"
                        + " code with the base repository's secrets and write token; build untrusted code in a"
                        + " \"pull_request\" workflow instead");
    }
}
