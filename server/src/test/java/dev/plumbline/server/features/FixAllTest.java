package dev.plumbline.server.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.engine.Severity;
import dev.plumbline.server.testing.TestLanguage;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixAllTest {

    /** Reports each listed span with a fix replacing it by {@code X}. */
    private record SpanRule(String id, List<Range> spans) implements Rule<TextDocument> {
        @Override
        public RuleMeta meta() {
            return RuleMeta.of(id, id, Severity.WARNING, Language.DOCKERFILE);
        }

        @Override
        public void check(RuleContext<TextDocument> context) {
            spans.forEach(span -> context.report(span, "span").fix("X", new TextEdit(span, "X")));
        }
    }

    private static String fixAll(String text, List<Rule<TextDocument>> rules) {
        Analyzer analyzer = new Analyzer(RuleRegistry.builder().language(new TestLanguage(), rules).build());
        AnalysisResult result = analyzer.analyze(TextDocument.of("untitled:Dockerfile", "dockerfile", 1, text),
                "Dockerfile", Config.DEFAULT, Cancellation.NONE);
        return result.document().applyEdits(new FixAll().edits(result), 2).text();
    }

    @Test
    void appliesTheFirstFixOfEveryFinding() {
        assertEquals("X X X", fixAll("aa bb cc", List.of(
                new SpanRule("dockerfile/one", List.of(Range.of(0, 0, 0, 2), Range.of(0, 6, 0, 8))),
                new SpanRule("dockerfile/two", List.of(Range.of(0, 3, 0, 5))))));
    }

    @Test
    void skipsAFixThatOverlapsOneAlreadyTaken() {
        // "bbcc" overlaps "aabb": the earlier finding wins, the other waits for the next round
        assertEquals("Xcc", fixAll("aabbcc", List.of(
                new SpanRule("dockerfile/one", List.of(Range.of(0, 0, 0, 4))),
                new SpanRule("dockerfile/two", List.of(Range.of(0, 2, 0, 6))))));
    }

    @Test
    void twoInsertionsAtOnePlaceAreNotBothTaken() {
        assertEquals("Xab", fixAll("ab", List.of(
                new SpanRule("dockerfile/one", List.of(Range.of(0, 0, 0, 0))),
                new SpanRule("dockerfile/two", List.of(Range.of(0, 0, 0, 0))))));
    }

    @Test
    void adjacentFixesAreBothTaken() {
        assertEquals("XX", fixAll("aabb", List.of(
                new SpanRule("dockerfile/one", List.of(Range.of(0, 0, 0, 2))),
                new SpanRule("dockerfile/two", List.of(Range.of(0, 2, 0, 4))))));
    }
}
