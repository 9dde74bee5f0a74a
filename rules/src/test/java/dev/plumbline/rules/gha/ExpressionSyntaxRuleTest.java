package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionSyntaxRuleTest {

    static final String HEAD = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ExpressionSyntaxRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("double-quoted string", HEAD + "      - if: github.ref == «\"refs/heads/main\"»\n        run: x\n"),
                RuleCase.flags("single =", HEAD + "      - run: echo ${{ a «=» b }}\n"),
                RuleCase.flags("unbalanced parenthesis", HEAD + "      - if: ${{ «(» a || b }}\n        run: x\n"),
                RuleCase.flags("trailing dot", HEAD + "      - run: echo ${{ github«.» }}\n"),
                RuleCase.flags("never closed", HEAD + "      - run: echo «${{» github.sha\n"),
                RuleCase.flags("empty", HEAD + "      - run: echo «${{  }}»\n".replace("«${{  }}»", "${{«  »}}")),
                RuleCase.flags("in a literal block", HEAD + "      - run: |\n          echo ok\n          echo ${{ x «&» y }}\n"),
                RuleCase.flags("in a job name", "on: push\njobs:\n  a:\n    name: build ${{ matrix.os «=» 1 }}\n    runs-on: x\n"),
                RuleCase.flags("workflow env", "on: push\nenv:\n  A: ${{ «\"x\"» }}\n"),
                RuleCase.flags("CRLF", (HEAD + "      - run: echo ${{ a «=» b }}\n").replace("\n", "\r\n")),
                RuleCase.flags("emoji before", HEAD + "      - run: echo 🚀 ${{ a «=» b }}\n"),
                RuleCase.passes("valid expressions", HEAD + "      - if: github.event_name == 'push' && !cancelled()\n"
                        + "        run: echo ${{ format('{0}', github.sha) }}\n"),
                RuleCase.passes("braces inside a string literal", HEAD + "      - run: echo ${{ format('{{x}}}}') }}\n"),
                RuleCase.passes("on filters are not evaluated", "on:\n  push:\n    branches: ['${{ x']\njobs: {}\n"),
                RuleCase.passes("uses is not evaluated", HEAD + "      - uses: a/b@${{ x\n"),
                RuleCase.passes("comments are not values", HEAD + "      # ${{ broken\n      - run: echo\n"),
                RuleCase.passes("plain text", HEAD + "      - run: echo '{{ not an expression }}'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void compositeActionSteps() {
        RuleTester<WorkflowFile> action =
                RuleTester.of(new ExpressionSyntaxRule(), new WorkflowLanguage(), "action.yml");
        action.verify(RuleCase.flags("composite run", "name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n"
                + "    - run: echo ${{ inputs.a «=» 1 }}\n      shell: bash\n"));
    }

    @Test
    void messageSaysWhatIsWrong() {
        tester.assertMessage(HEAD + "      - if: github.ref == \"main\"\n        run: x\n",
                "Strings in expressions use single quotes; double quotes are not allowed");
        tester.assertMessage(HEAD + "      - run: echo ${{ github.sha\n",
                "\"${{\" is never closed; add \"}}\" after the expression");
    }

    @Test
    void findingsCarryTheActionlintKind() {
        assertEquals(List.of(PeerId.of(PeerId.ACTIONLINT, "expression")),
                tester.onlyFinding(HEAD + "      - run: echo ${{ a = b }}\n").peers());
    }
}
