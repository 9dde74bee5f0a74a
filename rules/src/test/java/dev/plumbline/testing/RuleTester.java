package dev.plumbline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs one rule over inline sources and checks exact finding ranges; applies quick fixes and checks
 * the resulting text, that the finding is gone, that nothing new appears and that the file still
 * parses (re-analysed with every built-in rule).
 */
public final class RuleTester<T> {

    private final Rule<T> rule;
    private final String path;
    private final Analyzer single;
    private final Analyzer full;
    private Config config = Config.DEFAULT;
    private WorkspaceView workspace;

    private RuleTester(Rule<T> rule, LanguageSupport<T> support, String path) {
        this.rule = rule;
        this.path = path;
        this.single = new Analyzer(RuleRegistry.builder().language(support, List.of(rule)).build(), RuleTester::rethrow);
        this.full = new Analyzer(BuiltinRules.registry(), RuleTester::rethrow);
    }

    private static void rethrow(String failure) {
        throw new AssertionError(failure);
    }

    /**
     * @param path the file path the sources pretend to have (decides the language), e.g.
     *     {@code Dockerfile}, {@code deploy.yaml} or {@code .github/workflows/ci.yml}
     */
    public static <T> RuleTester<T> of(Rule<T> rule, LanguageSupport<T> support, String path) {
        return new RuleTester<>(rule, support, path);
    }

    /** Analyses with this configuration from now on (e.g. an option such as {@code gha.actionPinning}). */
    public RuleTester<T> withConfig(Config newConfig) {
        this.config = newConfig;
        return this;
    }

    /**
     * Analyses inside this workspace from now on (for cross-file rules): the files (path → text) are
     * indexed as a completed scan, and the sources sit at the tester's path in it.
     */
    public RuleTester<T> withWorkspace(Map<String, String> files) {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo"));
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((file, text) -> scanner.update(index, file, text));
        index.markComplete();
        this.workspace = new WorkspaceView(index, path);
        return this;
    }

    /** Asserts that the rule reports exactly the marked ranges, and nothing else. */
    public void verify(RuleCase c) {
        MarkedSource source = MarkedSource.parse(c.markedSource());
        List<Finding> findings = findings(source.text());
        List<String> actual = findings.stream().map(f -> f.ruleId() + " " + f.range()).sorted().toList();
        List<String> expected = source.ranges().stream().map(r -> rule.meta().id() + " " + r).sorted().toList();
        assertEquals(expected, actual, () -> "case '" + c.name() + "'; findings: " + describe(findings));
    }

    /** The findings of this rule alone on {@code source}. */
    public List<Finding> findings(String source) {
        return single.analyze(document(source), path, config, workspace, Cancellation.NONE).findings();
    }

    /** The one finding this rule reports on {@code source}. */
    public Finding onlyFinding(String source) {
        List<Finding> findings = findings(source);
        assertEquals(1, findings.size(), () -> "expected one finding, got " + describe(findings));
        return findings.get(0);
    }

    public void assertMessage(String source, String expectedMessage) {
        assertEquals(expectedMessage, onlyFinding(source).message());
    }

    /**
     * Applies the fix titled {@code fixTitle} of the finding at the marked range (or the only finding
     * when nothing is marked) and checks the text becomes {@code after}; then re-analyses with every
     * built-in rule: this finding is gone, no finding is new and no syntax error appears.
     */
    public void assertFix(String markedBefore, String fixTitle, String after) {
        MarkedSource source = MarkedSource.parse(markedBefore);
        List<Finding> findings = findings(source.text());
        Finding target = source.ranges().isEmpty() ? onlyFinding(source.text()) : findings.stream()
                .filter(f -> f.range().equals(source.ranges().get(0)))
                .findFirst()
                .orElseGet(() -> fail("no finding at " + source.ranges().get(0) + "; findings: " + describe(findings)));
        Fix fix = target.fixes().stream()
                .filter(f -> f.title().equals(fixTitle))
                .findFirst()
                .orElseGet(() -> fail("no fix titled '" + fixTitle + "'; fixes: "
                        + target.fixes().stream().map(Fix::title).toList()));
        TextDocument before = document(source.text());
        TextDocument fixed = before.applyEdits(fix.edits(), 1);
        assertEquals(after, fixed.text(), "text after applying '" + fixTitle + "'");
        assertReanalysisIsClean(before, fixed, target);
    }

    private void assertReanalysisIsClean(TextDocument before, TextDocument fixed, Finding fixedFinding) {
        List<Finding> was = full.analyze(before, path, config, workspace, Cancellation.NONE).findings();
        AnalysisResult now = full.analyze(fixed, path, config, workspace, Cancellation.NONE);
        long wasOfRule = was.stream().filter(f -> f.ruleId().equals(fixedFinding.ruleId())).count();
        long nowOfRule = now.findings().stream().filter(f -> f.ruleId().equals(fixedFinding.ruleId())).count();
        assertEquals(wasOfRule - 1, nowOfRule,
                () -> "the fixed finding is still there: " + describe(now.findings()));
        List<String> fresh = new ArrayList<>(keys(now.findings()));
        fresh.removeAll(keys(was));
        assertTrue(fresh.isEmpty(), () -> "the fix introduced findings: " + fresh);
        assertTrue(now.findings().stream().noneMatch(f -> f.ruleId().contains("syntax")),
                () -> "the fixed file no longer parses: " + describe(now.findings()));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).toList();
    }

    private TextDocument document(String text) {
        return TextDocument.of("file:///test/" + path, "", 0, text);
    }

    public static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.range() + " " + f.ruleId() + " " + f.message())
                .collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
    }

    /** Convenience for tests that build ranges by hand. */
    public static Range range(int startLine, int startColumn, int endLine, int endColumn) {
        return Range.of(startLine, startColumn, endLine, endColumn);
    }
}
