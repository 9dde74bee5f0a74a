package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageSupport;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.engine.Severity;
import dev.plumbline.engine.Suppression;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Comment suppressions and the "Ignore ... on this line" fix, proven by analysing, applying the fix
 * and analysing again with a test-only language over {@link YamlFile}.
 */
class YamlSuppressionsTest {

    private static final String PATH = ".github/workflows/ci.yml";

    /** Flags every scalar whose value is "bad", and every "npm install" inside a script. */
    private static final class BadValueRule implements Rule<YamlFile> {
        static final RuleMeta META = RuleMeta.of("gha/test-bad-value", "Bad value", Severity.WARNING,
                Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "bad-audit"));

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext<YamlFile> context) {
            for (YamlDocument doc : context.model().documents()) {
                doc.root().ifPresent(root -> root.walk(node -> {
                    if (node instanceof YamlScalar s && s.value().equals("bad")) {
                        context.report(s.range(), "bad value");
                    } else if (node instanceof YamlScalar s && s.style().isBlock()) {
                        int at = s.value().indexOf("npm install");
                        if (at >= 0) {
                            context.report(s.content().rangeOf(at, at + "npm install".length()), "npm install in a script");
                        }
                    }
                }));
            }
        }
    }

    /** A second rule on the same values, to see suppressions name rules one by one. */
    private static final class AlsoBadRule implements Rule<YamlFile> {
        static final RuleMeta META = RuleMeta.of("gha/test-also-bad", "Also bad", Severity.INFORMATION,
                Language.GITHUB_ACTIONS);

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext<YamlFile> context) {
            for (YamlDocument doc : context.model().documents()) {
                doc.root().ifPresent(root -> root.walk(node -> {
                    if (node instanceof YamlScalar s && s.value().equals("bad")) {
                        context.report(s.range(), "also bad");
                    }
                }));
            }
        }
    }

    private static final class TestYamlLanguage implements LanguageSupport<YamlFile> {
        @Override
        public Language language() {
            return Language.GITHUB_ACTIONS;
        }

        @Override
        public YamlFile parse(TextDocument document, Cancellation cancellation) {
            return YamlParser.parse(document, cancellation);
        }

        @Override
        public List<Suppression> suppressions(YamlFile model, TextDocument document) {
            return YamlSuppressions.of(model, document);
        }

        @Override
        public Optional<Fix> ignoreFix(YamlFile model, TextDocument document, Finding finding) {
            return YamlIgnoreFix.of(model, document, finding);
        }
    }

    private final Analyzer analyzer = new Analyzer(RuleRegistry.builder()
            .language(new TestYamlLanguage(), List.of(new BadValueRule(), new AlsoBadRule()))
            .build(), failure -> {
                throw new AssertionError(failure);
            });

    private AnalysisResult analyze(String text) {
        return analyzer.analyze(TextDocument.of("file:///w/" + PATH, text), PATH, Config.DEFAULT, Cancellation.NONE);
    }

    /** "line:col rule" of each finding, 1-based like editors. */
    private List<String> findings(String text) {
        return analyze(text).findings().stream().map(f -> f.range().start() + " " + f.ruleId()).toList();
    }

    // ---- suppressions ------------------------------------------------------------------------------

    @Test
    void ownLineCommentCoversTheNextEntryWithItsChildrenOnly() {
        String text = """
                # plumbline ignore=gha/test-bad-value
                parent:
                  a: bad
                  b: [bad]
                sibling: bad
                """;
        assertEquals(List.of("3:6 gha/test-also-bad", "4:7 gha/test-also-bad", "5:10 gha/test-also-bad",
                "5:10 gha/test-bad-value"), findings(text));
    }

    @Test
    void ownLineCommentAboveASequenceItemCoversTheWholeItem() {
        String text = """
                steps:
                  # plumbline ignore=test-bad-value,gha/test-also-bad because we must
                  - name: x
                    uses: bad
                  - uses: bad
                """;
        assertEquals(List.of("5:11 gha/test-also-bad", "5:11 gha/test-bad-value"), findings(text));
    }

    @Test
    void blankAndCommentLinesBetweenTheCommentAndTheNodeAreSkipped() {
        String text = """
                # plumbline ignore=gha/test-bad-value

                # an unrelated note
                a: bad
                """;
        assertEquals(List.of("4:4 gha/test-also-bad"), findings(text));
    }

    @Test
    void trailingCommentCoversTheNodesStartingOnItsLine() {
        String text = """
                a: bad # plumbline ignore=gha/test-bad-value
                b: # plumbline ignore=gha/test-bad-value,gha/test-also-bad
                  c: bad
                  d:
                  - bad
                e: bad
                """;
        assertEquals(List.of("1:4 gha/test-also-bad", "6:4 gha/test-also-bad", "6:4 gha/test-bad-value"),
                findings(text));
    }

    @Test
    void globalIgnoreCoversTheWholeFileWhereverItIs() {
        String text = """
                a: bad
                ---
                b: bad
                # plumbline global ignore=gha/test-bad-value
                """;
        assertEquals(List.of("1:4 gha/test-also-bad", "3:4 gha/test-also-bad"), findings(text));
    }

    @Test
    void ignoreTextInsideABlockScalarIsNotAComment() {
        String text = """
                run: |
                  # plumbline ignore=gha/test-bad-value
                  npm install
                """;
        assertEquals(List.of("3:3 gha/test-bad-value"), findings(text));
    }

    @Test
    void zizmorCommentsMatchZizmorPeerIds() {
        String text = """
                a: bad # zizmor: ignore[bad-audit]
                b: bad # zizmor: ignore[other-audit]
                """;
        assertEquals(List.of("1:4 gha/test-also-bad", "2:4 gha/test-also-bad", "2:4 gha/test-bad-value"),
                findings(text));
    }

    @Test
    void flowMappingRootStartingOnTheLineIsCovered() {
        String text = "# plumbline ignore=gha/test-bad-value\n{a: bad,\n b: bad}\n";
        assertEquals(List.of("2:5 gha/test-also-bad", "3:5 gha/test-also-bad"), findings(text));
    }

    @Test
    void ownLineCommentAboveAFlowValueCoversAllOfIt() {
        String text = """
                key:
                  # plumbline ignore=gha/test-bad-value
                  [bad,
                   bad]
                other: bad
                """;
        assertEquals(List.of("3:4 gha/test-also-bad", "4:4 gha/test-also-bad", "5:8 gha/test-also-bad",
                "5:8 gha/test-bad-value"), findings(text));
    }

    // ---- the ignore fix ------------------------------------------------------------------------------

    /** Applies the ignore fix of the finding of {@code ruleId} at {@code line:column} (1-based) and checks the text and the re-analysis. */
    private void assertIgnoreFix(String before, String position, String ruleId, String after) {
        AnalysisResult result = analyze(before);
        Finding finding = result.findings().stream()
                .filter(f -> f.range().start().toString().equals(position) && f.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " at " + position + " in " + result.findings()));
        Fix fix = result.ignoreFix(finding).orElseThrow();
        assertEquals("Ignore " + ruleId + " on this line", fix.title());
        TextDocument fixed = result.document().applyEdits(fix.edits(), 1);
        assertEquals(after, fixed.text());
        AnalysisResult again = analyze(fixed.text());
        assertTrue(again.findings().stream().noneMatch(f -> f.ruleId().equals(ruleId) && f.message().equals(finding.message())
                && f.range().start().line() == finding.range().start().line() + lineShift(before, after)),
                () -> "still reported: " + again.findings());
        assertEquals(result.findings().size() - 1, again.findings().size(), () -> "exactly one finding goes: " + again.findings());
        assertTrue(YamlParser.parse(fixed.text()).problems().isEmpty(), "the fixed file still parses");
    }

    private static int lineShift(String before, String after) {
        return (int) (after.lines().count() - before.lines().count());
    }

    @Test
    void fixInsertsAboveTheEntryWithItsIndentation() {
        assertIgnoreFix("""
                jobs:
                  build:
                    image: bad
                """, "3:12", "gha/test-bad-value", """
                jobs:
                  build:
                    # plumbline ignore=gha/test-bad-value
                    image: bad
                """);
    }

    @Test
    void fixAboveASequenceItemUsesTheDashIndentation() {
        assertIgnoreFix("""
                steps:
                  - uses: bad
                    name: x
                """, "2:11", "gha/test-bad-value", """
                steps:
                  # plumbline ignore=gha/test-bad-value
                  - uses: bad
                    name: x
                """);
    }

    @Test
    void fixForAFindingInsideAScriptGoesAboveItsKey() {
        assertIgnoreFix("""
                steps:
                  - name: install
                    run: |
                      echo start
                      npm install
                """, "5:7", "gha/test-bad-value", """
                steps:
                  - name: install
                    # plumbline ignore=gha/test-bad-value
                    run: |
                      echo start
                      npm install
                """);
        assertIgnoreFix("""
                steps:
                  - run: |
                      npm install
                """, "3:7", "gha/test-bad-value", """
                steps:
                  # plumbline ignore=gha/test-bad-value
                  - run: |
                      npm install
                """);
    }

    @Test
    void fixAppendsToAnIgnoreCommentDirectlyAbove() {
        assertIgnoreFix("""
                a:
                  # plumbline ignore=gha/test-also-bad keep it
                  b: bad
                """, "3:6", "gha/test-bad-value", """
                a:
                  # plumbline ignore=gha/test-also-bad,gha/test-bad-value keep it
                  b: bad
                """);
    }

    @Test
    void fixForARootBlockScalarGoesAboveItsHeader() {
        assertIgnoreFix("""
                a: ok
                --- |
                  npm install
                """, "3:3", "gha/test-bad-value", """
                a: ok
                # plumbline ignore=gha/test-bad-value
                --- |
                  npm install
                """);
    }

    @Test
    void fixKeepsCrlfAndTheBom() {
        assertIgnoreFix("\uFEFFa: bad\r\nb: ok\r\n", "1:5", "gha/test-bad-value",
                "\uFEFF# plumbline ignore=gha/test-bad-value\r\na: bad\r\nb: ok\r\n");
    }

    @Test
    void fixInALaterDocumentAndInAMultiLineFlowSequence() {
        assertIgnoreFix("""
                a: ok
                ---
                args: [ok,
                  bad]
                """, "4:3", "gha/test-bad-value", """
                a: ok
                ---
                args: [ok,
                  # plumbline ignore=gha/test-bad-value
                  bad]
                """);
    }
}
