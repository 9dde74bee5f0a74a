package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretsInheritRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new SecretsInheritRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("inherit", "on: push\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n"
                        + "    secrets: «inherit»\n"),
                RuleCase.flags("remote callee", "on: push\njobs:\n  call:\n    uses: o/r/.github/workflows/w.yml@v1\n"
                        + "    secrets: «inherit» # all of them\n"),
                RuleCase.passes("named secrets", "on: push\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n"
                        + "    secrets:\n      token: ${{ secrets.DEPLOY_TOKEN }}\n"),
                RuleCase.passes("no secrets", "on: push\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage("on: push\njobs:\n  call:\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n",
                "Job \"call\" passes every secret it can see to \"./.github/workflows/deploy.yml\"; pass only the secrets"
                        + " that workflow declares (secrets: {NAME: ${{ secrets.NAME }}})");
    }
}
