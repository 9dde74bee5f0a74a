package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnredactedSecretRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnredactedSecretRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("property", HEAD + "      - env:\n          K: ${{ «fromJSON(secrets.GCP).private_key» }}\n"
                        + "        run: x\n"),
                RuleCase.flags("index", HEAD + "      - env:\n          K: ${{ «fromJson(secrets['CFG'])['password']» }}\n"
                        + "        run: x\n"),
                RuleCase.passes("whole secret", HEAD + "      - env:\n          K: ${{ secrets.GCP }}\n        run: x\n"),
                RuleCase.passes("fromJSON of another value", HEAD + "      - run: echo ${{ fromJSON(vars.CFG).region }}\n"),
                RuleCase.passes("fromJSON of a secret, not accessed", HEAD
                        + "      - run: echo ${{ fromJSON(secrets.ENABLED) == true }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - env:\n          K: ${{ fromJSON(secrets.GCP).private_key }}\n        run: x\n",
                "\"fromJSON(secrets.GCP).private_key\" reads a value out of a JSON secret; log masking covers only the"
                        + " whole secret, so this value is printed in clear. Store it as a secret of its own");
    }
}
