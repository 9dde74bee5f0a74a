package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnsoundContainsRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new UnsoundContainsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("branch list", HEAD + "      - if: «contains('refs/heads/main refs/heads/release', github.ref)»\n"
                        + "        run: x\n"),
                RuleCase.flags("actor list with commas", HEAD + "      - if: «contains('alice,bob', github.actor)»\n        run: x\n"),
                RuleCase.flags("head branch", HEAD + "      - run: echo ${{ «contains('main develop', github.head_ref)» }}\n"),
                RuleCase.passes("array", HEAD + "      - if: contains(fromJSON('[\"refs/heads/main\"]'), github.ref)\n        run: x\n"),
                RuleCase.passes("searching inside a value", HEAD + "      - if: contains(github.ref, 'release')\n        run: x\n"),
                RuleCase.passes("value no outsider chooses", HEAD + "      - if: contains('push schedule', github.event_name)\n"
                        + "        run: x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixUsesAnArray() {
        tester.assertFix(HEAD + "      - if: «contains('refs/heads/main refs/heads/release', github.ref)»\n        run: x\n",
                UnsoundContainsRule.FIX_TITLE, HEAD + "      - if: contains(fromJSON('[\"refs/heads/main\",\"refs/heads/release\"]'),"
                        + " github.ref)\n        run: x\n");
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - if: contains('alice,bob', github.actor)\n        run: x\n",
                "contains() with the string 'alice,bob' tests whether \"github.actor\" is a substring of it, which a"
                        + " chosen name can satisfy; test membership in an array: contains(fromJSON('[...]'), github.actor)");
    }
}
