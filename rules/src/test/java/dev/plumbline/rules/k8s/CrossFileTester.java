package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one Kubernetes rule on a file that sits in a workspace of other files, the way the server does:
 * every file (the checked one included) goes through the facts extractors into an index, then the
 * checked file is analysed with a view of that index.
 */
final class CrossFileTester {

    private final Rule<KubernetesFile> rule;
    private final Map<String, String> files = new LinkedHashMap<>();
    private boolean complete = true;

    private CrossFileTester(Rule<KubernetesFile> rule) {
        this.rule = rule;
    }

    static CrossFileTester of(Rule<KubernetesFile> rule) {
        return new CrossFileTester(rule);
    }

    /** Another file of the workspace (any kind; non-YAML files just exist). */
    CrossFileTester file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** The index has not finished its first scan. */
    CrossFileTester incomplete() {
        complete = false;
        return this;
    }

    /** Asserts that the rule reports exactly the marked ranges of {@code self}. */
    void verify(String self, String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        List<Finding> findings = findings(self, source.text());
        assertEquals(source.ranges().stream().map(Object::toString).sorted().toList(),
                findings.stream().map(f -> f.range().toString()).sorted().toList(), () -> RuleTester.describe(findings));
    }

    void passes(String self, String text) {
        verify(self, text);
    }

    Finding onlyFinding(String self, String text) {
        List<Finding> findings = findings(self, text);
        assertEquals(1, findings.size(), () -> RuleTester.describe(findings));
        return findings.get(0);
    }

    List<Finding> findings(String self, String text) {
        Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new KubernetesLanguage(), List.of(rule)).build(),
                failure -> {
                    throw new AssertionError(failure);
                });
        return analyze(analyzer, self, text).findings().stream().filter(f -> f.ruleId().equals(rule.meta().id())).toList();
    }

    /** Applies the fix and re-analyses with every built-in rule: the finding is gone and nothing new appears. */
    void assertFix(String self, String markedBefore, String fixTitle, String after) {
        MarkedSource source = MarkedSource.parse(markedBefore);
        List<Finding> findings = findings(self, source.text());
        Finding target = source.ranges().isEmpty() ? onlyFinding(self, source.text()) : findings.stream()
                .filter(f -> f.range().equals(source.ranges().get(0))).findFirst()
                .orElseGet(() -> fail("no finding at " + source.ranges().get(0) + ": " + RuleTester.describe(findings)));
        Fix fix = target.fixes().stream().filter(f -> f.title().equals(fixTitle)).findFirst()
                .orElseGet(() -> fail("no fix '" + fixTitle + "': " + target.fixes().stream().map(Fix::title).toList()));
        TextDocument fixed = document(self, source.text()).applyEdits(fix.edits(), 1);
        assertEquals(after, fixed.text());
        Analyzer full = new Analyzer(BuiltinRules.registry(), failure -> {
            throw new AssertionError(failure);
        });
        List<String> was = keys(analyze(full, self, source.text()).findings());
        List<String> now = keys(analyze(full, self, fixed.text()).findings());
        assertEquals(was.stream().filter(k -> k.startsWith(rule.meta().id() + " ")).count() - 1,
                now.stream().filter(k -> k.startsWith(rule.meta().id() + " ")).count(), () -> "still there: " + now);
        List<String> fresh = new ArrayList<>(now);
        fresh.removeAll(was);
        assertTrue(fresh.isEmpty(), () -> "the fix introduced findings: " + fresh);
    }

    private dev.plumbline.engine.AnalysisResult analyze(Analyzer analyzer, String self, String text) {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/repo"));
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        files.forEach((path, content) -> scanner.update(index, path, content));
        scanner.update(index, self, text);
        if (complete) {
            index.markComplete();
        }
        return analyzer.analyze(document(self, text), self, Config.DEFAULT.overriddenBy(enabled()),
                new WorkspaceView(index, self), Cancellation.NONE);
    }

    private Config enabled() {
        return new Config(Map.of(rule.meta().id(), dev.plumbline.config.RuleSetting.severity(rule.meta().defaultSeverity())),
                List.of(), null, null, Map.of());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.message()).toList();
    }

    private static TextDocument document(String self, String text) {
        return TextDocument.of("file:///repo/" + self, "", 0, text);
    }
}
