package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutdatedActionRuleTest {

    private static final dev.plumbline.config.Config TAG_POLICY = new dev.plumbline.config.Config(
            java.util.Map.of(), java.util.List.of(), null, null, java.util.Map.of("gha.actionPinning", "tag"));
    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";
    private static final String SHA = "f43a0e5ff2bd294095638e18286ca9a3d1956744";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new OutdatedActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("checkout v3", HEAD + "      - uses: actions/checkout@«v3»\n"),
                RuleCase.flags("checkout v2.3.4", HEAD + "      - uses: actions/checkout@«v2.3.4»\n"),
                RuleCase.flags("upload-artifact v3", HEAD + "      - uses: actions/upload-artifact@«v3»\n"),
                RuleCase.flags("case-insensitive name", HEAD + "      - uses: Actions/Checkout@«v3»\n"),
                RuleCase.flags("SHA with version comment", HEAD + "      - uses: actions/checkout@«" + SHA + "» # v3.6.0\n"),
                RuleCase.flags("codeql v2", HEAD + "      - uses: github/codeql-action/init@«v2»\n"),
                RuleCase.passes("checkout v4", HEAD + "      - uses: actions/checkout@v4\n"),
                RuleCase.passes("SHA without comment", HEAD + "      - uses: actions/checkout@" + SHA + "\n"),
                RuleCase.passes("branch", HEAD + "      - uses: actions/checkout@main\n"),
                RuleCase.passes("unknown action", HEAD + "      - uses: octo/tool@v1\n"),
                RuleCase.passes("action without a retirement", HEAD + "      - uses: azure/login@v1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCurrentMajor() {
        tester.assertMessage(HEAD + "      - uses: actions/checkout@v3\n", "\"actions/checkout\" v3 is outdated: versions"
                + " before v4 run on Node.js 12 or 16, which the runners no longer support; use actions/checkout@v7"
                + " (or its commit SHA)");
    }

    @Test
    void fixBumpsATag() {
        tester.withConfig(TAG_POLICY).assertFix(HEAD + "      - uses: actions/upload-artifact@v3.1.2\n"
                + "        with:\n          path: dist\n", "Bump to v7",
                HEAD + "      - uses: actions/upload-artifact@v7\n        with:\n          path: dist\n");
    }

    @Test
    void noFixForAShaPin() {
        assertEquals(List.of(), tester.onlyFinding(HEAD + "      - uses: actions/checkout@" + SHA + " # v3\n").fixes());
    }
}
