package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionTypeRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ExpressionTypeRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown github property", HEAD + "      - run: echo ${{ github.«event_nme» }}\n"),
                RuleCase.flags("unknown runner property", HEAD + "      - run: echo ${{ runner.«opsys» }}\n"),
                RuleCase.flags("index by literal", HEAD + "      - run: echo ${{ github['«shaa»'] }}\n"),
                RuleCase.flags("property of a string", HEAD + "      - run: echo ${{ github.ref.«name» }}\n"),
                RuleCase.flags("object in a script", HEAD + "      - run: echo ${{ «github.event» }}\n"),
                RuleCase.flags("array in a name", HEAD + "      - name: ${{ «github.event.commits.*» }} x\n        run: x\n"
                        .replace("${{ «github.event.commits.*» }} x", "x ${{ «needs.*» }}")),
                RuleCase.flags("object compared with a literal", HEAD + "      - if: «github.event == 'push'»\n        run: x\n"),
                RuleCase.flags("unknown step property", HEAD + "      - id: a\n        run: x\n"
                        + "      - run: echo ${{ steps.a.«output».x }}\n"),
                RuleCase.passes("known properties in any case", HEAD
                        + "      - run: echo ${{ github.Event_Name }} ${{ github.repositoryUrl }} ${{ runner.os }}\n"),
                RuleCase.passes("event payload is open", HEAD + "      - run: echo ${{ github.event.anything.deep }}\n"),
                RuleCase.passes("toJSON of an object", HEAD + "      - run: echo '${{ toJSON(github.event) }}'\n"),
                RuleCase.passes("filter then property", HEAD + "      - run: echo ${{ join(github.event.commits.*.id) }}\n"),
                RuleCase.passes("whole-value object where objects are allowed", "on: push\njobs:\n  a:\n"
                        + "    runs-on: ${{ fromJSON('[\"self-hosted\"]') }}\n    container: ${{ fromJSON(vars.c) }}\n"),
                RuleCase.passes("job context", HEAD + "      - run: echo ${{ job.services.db.ports['5432'] }} ${{ job.status }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void replacesATypoWithTheNearestProperty() {
        tester.assertFix(HEAD + "      - run: echo ${{ github.«event_nme» }}\n", "Replace with \"event_name\"",
                HEAD + "      - run: echo ${{ github.event_name }}\n");
        tester.assertFix(HEAD + "      - run: |\n          echo a\n          echo ${{ runner.«oss» }}\n",
                "Replace with \"os\"", HEAD + "      - run: |\n          echo a\n          echo ${{ runner.os }}\n");
    }

    @Test
    void messages() {
        tester.assertMessage(HEAD + "      - run: echo ${{ github.event_nme }}\n",
                "Property \"event_nme\" does not exist in the github context; did you mean \"event_name\"?");
        tester.assertMessage(HEAD + "      - run: echo ${{ github.event }}\n",
                "\"github.event\" is an object; written into a string it becomes \"Object\". Use toJSON(github.event)"
                        + " or pick a property");
    }
}
