package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersistCredentialsRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    private static final String FIX = PersistCredentialsRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new PersistCredentialsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no with", HEAD + "      - uses: «actions/checkout@v4»\n"),
                RuleCase.flags("with other inputs", HEAD + "      - uses: «actions/checkout@v4»\n        with:\n"
                        + "          fetch-depth: 0\n"),
                RuleCase.flags("explicit true", HEAD + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          persist-credentials: «true»\n"),
                RuleCase.flags("v6", HEAD + "      - uses: «actions/checkout@v6»\n"),
                RuleCase.flags("SHA pinned, any case", HEAD + "      - uses: «Actions/Checkout@11bd71901bbe5b1630ceea73d27597364c9af683»\n"),
                RuleCase.passes("false", HEAD + "      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n"),
                RuleCase.passes("quoted false", HEAD + "      - uses: actions/checkout@v4\n        with: { persist-credentials: 'false' }\n"),
                RuleCase.passes("expression", HEAD + "      - uses: actions/checkout@v4\n        with:\n"
                        + "          persist-credentials: ${{ inputs.push }}\n"),
                RuleCase.passes("other actions", HEAD + "      - uses: actions/setup-node@v4\n      - uses: ./checkout\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixAddsWith() {
        tester.assertFix(HEAD + "      - name: Checkout\n        uses: «actions/checkout@v4»\n      - run: make\n", FIX,
                HEAD + "      - name: Checkout\n        uses: actions/checkout@v4\n        with:\n"
                        + "          persist-credentials: false\n      - run: make\n");
    }

    @Test
    void fixAddsToExistingWith() {
        tester.assertFix(HEAD + "      - uses: «actions/checkout@v4»\n        with:\n          fetch-depth: 0 # full history\n",
                FIX, HEAD + "      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0 # full history\n"
                        + "          persist-credentials: false\n");
        tester.assertFix(HEAD + "      - uses: «actions/checkout@v4»\n        with: { fetch-depth: 0 }\n", FIX,
                HEAD + "      - uses: actions/checkout@v4\n        with: { fetch-depth: 0, persist-credentials: false }\n");
    }

    @Test
    void fixFlipsTrue() {
        tester.assertFix(HEAD + "      - uses: actions/checkout@v4\n        with:\n          persist-credentials: «true»\n",
                FIX, HEAD + "      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n");
    }

    @Test
    void fixInAFlowStep() {
        tester.assertFix(HEAD + "      - { uses: «actions/checkout@v4» }\n", FIX,
                HEAD + "      - { uses: actions/checkout@v4, with: {persist-credentials: false} }\n");
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@v4\n", "actions/checkout leaves the job's token in the"
                + " git configuration for every later step; set \"persist-credentials: false\" unless a later step pushes"
                + " with it");
    }
}
