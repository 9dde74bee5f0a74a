package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntrustedCheckoutRuleTest {

    private static final String JOB = "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String CHECKOUT = "      - uses: actions/checkout@v4\n        with:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UntrustedCheckoutRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("head sha then run", "on: pull_request_target\n" + JOB + CHECKOUT
                        + "          ref: «${{ github.event.pull_request.head.sha }}»\n      - run: npm test\n"),
                RuleCase.flags("fork repository then local action", "on: pull_request_target\n" + JOB + CHECKOUT
                        + "          repository: «${{ github.event.pull_request.head.repo.full_name }}»\n"
                        + "      - uses: ./.github/actions/build\n"),
                RuleCase.flags("workflow_run head then build action", "on:\n  workflow_run:\n    workflows: [CI]\n" + JOB
                        + CHECKOUT + "          ref: «${{ github.event.workflow_run.head_sha }}»\n"
                        + "      - uses: docker/build-push-action@v6\n"),
                RuleCase.flags("gh pr checkout in issue_comment", "on: issue_comment\n" + JOB
                        + "      - run: «gh pr checkout» ${{ github.event.issue.number }}\n      - run: make\n"),
                RuleCase.flags("refs/pull", "on: pull_request_target\n" + JOB + CHECKOUT
                        + "          ref: «refs/pull/${{ github.event.number }}/merge»\n      - run: make\n"),
                RuleCase.passes("base checkout", "on: pull_request_target\n" + JOB
                        + "      - uses: actions/checkout@v4\n      - run: make\n"),
                RuleCase.passes("head checkout with nothing run after", "on: pull_request_target\n" + JOB + CHECKOUT
                        + "          ref: ${{ github.event.pull_request.head.sha }}\n"
                        + "      - uses: actions/upload-artifact@v4\n"),
                RuleCase.passes("ordinary pull_request", "on: pull_request\n" + JOB + CHECKOUT
                        + "          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
