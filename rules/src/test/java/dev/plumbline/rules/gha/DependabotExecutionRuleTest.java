package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DependabotExecutionRuleTest {

    static final String HEAD = "version: 2\nupdates:\n";
    private static final String PIP = "  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n";
    private static final String FIX = DependabotExecutionRule.FIX_TITLE;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new DependabotExecutionRule(), new WorkflowLanguage(), ".github/dependabot.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("allow", HEAD + PIP + "    insecure-external-code-execution: «allow»\n"),
                RuleCase.flags("quoted, any case, second update", HEAD + PIP
                        + "  - package-ecosystem: bundler\n    directory: /\n    schedule: {interval: daily}\n"
                        + "    insecure-external-code-execution: «\"Allow\"»\n"),
                RuleCase.flags("flow update", HEAD + "  - {package-ecosystem: mix, directory: /, "
                        + "insecure-external-code-execution: «allow»}\n"),
                RuleCase.flags("every update that allows it", HEAD + PIP + "    insecure-external-code-execution: «allow»\n"
                        + "  - package-ecosystem: pip\n    directory: /docs\n    insecure-external-code-execution: «allow»\n"),
                RuleCase.flags("CRLF", (HEAD + PIP).replace("\n", "\r\n") + "    insecure-external-code-execution: «allow»\r\n"),
                RuleCase.passes("deny", HEAD + PIP + "    insecure-external-code-execution: deny\n"),
                RuleCase.passes("absent", HEAD + PIP),
                RuleCase.passes("outside updates", "version: 2\ninsecure-external-code-execution: allow\nupdates: []\n"),
                RuleCase.passes("updates not a list", "version: 2\nupdates:\n  insecure-external-code-execution: allow\n"),
                RuleCase.passes("empty file", ""),
                RuleCase.passes("garbage", "][ : {\n\t- \"\n"),
                RuleCase.passes("a null value", HEAD + PIP + "    insecure-external-code-execution:\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void workflowsAreNotRead() {
        RuleTester.of(new DependabotExecutionRule(), new WorkflowLanguage(), ".github/workflows/dependabot.yml")
                .verify(RuleCase.passes("a workflow", HEAD + PIP + "    insecure-external-code-execution: allow\n"));
        RuleTester.of(new DependabotExecutionRule(), new WorkflowLanguage(), "docs/dependabot.yml")
                .verify(RuleCase.passes("not in .github", HEAD + PIP + "    insecure-external-code-execution: allow\n"));
    }

    @Test
    void theYamlSpellingCounts() {
        RuleTester.of(new DependabotExecutionRule(), new WorkflowLanguage(), ".github/dependabot.yaml")
                .verify(RuleCase.flags("yaml", HEAD + PIP + "    insecure-external-code-execution: «allow»\n"));
    }

    @Test
    void fixDenies() {
        tester.assertFix(HEAD + PIP + "    insecure-external-code-execution: «allow» # setup.py needs it\n", FIX,
                HEAD + PIP + "    insecure-external-code-execution: deny # setup.py needs it\n");
        tester.assertFix(HEAD + "  - {package-ecosystem: mix, directory: /, insecure-external-code-execution: «'allow'»}\n",
                FIX, HEAD + "  - {package-ecosystem: mix, directory: /, insecure-external-code-execution: deny}\n");
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + PIP + "    insecure-external-code-execution: allow\n", "The \"pip\" update of \"/\" lets"
                + " Dependabot run code from the project's manifests while it updates them, with this update's registry"
                + " credentials at hand; set it to deny");
    }

    @Test
    void zizmorAndPlumblineCommentsSuppress() {
        tester.verify(RuleCase.passes("zizmor", HEAD + PIP
                + "    insecure-external-code-execution: allow # zizmor: ignore[dependabot-execution]\n"));
        tester.verify(RuleCase.passes("ours", HEAD + PIP
                + "    # plumbline ignore=gha/dependabot-execution\n    insecure-external-code-execution: allow\n"));
    }
}
