package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownFunctionRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnknownFunctionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown function", HEAD + "      - run: echo ${{ «startWith»(github.ref, 'v') }}\n"),
                RuleCase.flags("unknown in a bare if", HEAD + "      - if: «includes»(github.ref, 'v')\n        run: x\n"),
                RuleCase.flags("too few arguments", HEAD + "      - run: echo ${{ «contains('a')» }}\n"),
                RuleCase.flags("too many arguments", HEAD + "      - run: echo ${{ «toJSON(a, b)» }}\n"
                        .replace("a, b", "github, github")),
                RuleCase.flags("arguments to always()", HEAD + "      - if: «always(true)»\n        run: x\n"),
                RuleCase.flags("case with an even count", HEAD + "      - run: echo ${{ «case(true, 'a', false, 'b')» }}\n"),
                RuleCase.flags("format placeholder without value", HEAD + "      - run: echo ${{ format(«'{0}-{1}'», github.sha) }}\n"),
                RuleCase.flags("format value never used", HEAD + "      - run: echo ${{ format('{0}', github.sha, «github.ref») }}\n"),
                RuleCase.flags("format lone brace", HEAD + "      - run: echo ${{ format(«'{0} }'», github.sha) }}\n"),
                RuleCase.flags("fromJSON literal", HEAD + "      - run: echo ${{ fromJSON(«'[1,]'») }}\n"),
                RuleCase.flags("object argument", HEAD + "      - if: startsWith(«github.event», 'x')\n        run: x\n"),
                RuleCase.passes("functions in any case", HEAD + "      - run: echo ${{ toJson(github) }} ${{ FromJSON('[1]') }}\n"),
                RuleCase.passes("format escapes", HEAD + "      - run: echo ${{ format('{{{0}}}', github.sha) }}\n"),
                RuleCase.passes("case", HEAD + "      - run: echo ${{ case(github.ref == 'a', 'x', 'y') }}\n"),
                RuleCase.passes("hashFiles with several patterns", HEAD
                        + "      - run: echo ${{ hashFiles('**/go.sum', '**/go.mod') }}\n"),
                RuleCase.passes("join with and without separator", HEAD
                        + "      - run: echo ${{ join(github.event.commits.*.id, ',') }} ${{ join(fromJSON('[1]')) }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void replacesAMisspeltName() {
        tester.assertFix(HEAD + "      - run: echo ${{ «startWith»(github.ref, 'v') }}\n", "Replace with \"startsWith\"",
                HEAD + "      - run: echo ${{ startsWith(github.ref, 'v') }}\n");
    }

    @Test
    void messages() {
        tester.assertMessage(HEAD + "      - run: echo ${{ contains('a') }}\n",
                "contains() takes 2 arguments, not 1: contains(search, item)");
        tester.assertMessage(HEAD + "      - run: echo ${{ format('{0}-{1}', github.sha) }}\n",
                "format() placeholder {1} has no value: 1 value is given");
    }
}
