package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretsContextDumpRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new SecretsContextDumpRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("toJSON", HEAD + "      - env:\n          ALL: ${{ «toJSON(secrets)» }}\n        run: x\n"),
                RuleCase.flags("computed name", HEAD + "      - env:\n          T: ${{ «secrets[format('{0}_TOKEN', matrix.env)]» }}\n"
                        + "        run: x\n"),
                RuleCase.flags("filter", HEAD + "      - run: echo ${{ join(«secrets.*») }}\n"),
                RuleCase.passes("named", HEAD + "      - env:\n          T: ${{ secrets.TOKEN }}\n          U: ${{ secrets['NPM_TOKEN'] }}\n"
                        + "        run: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - env:\n          ALL: ${{ toJSON(secrets) }}\n        run: x\n",
                "\"toJSON(secrets)\" exposes every secret the workflow can see; name the secrets you need (secrets.NAME)");
    }
}
