package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.text.Range;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Multi-document files, directives, empty documents and comments. */
class YamlDocumentsTest {

    @Test
    void eachDocumentIsItsOwnSegmentWithItsStartLine() {
        String text = """
                # leading comment
                a: 1
                ---
                b: 2
                ...
                ---
                c: 3
                """;
        YamlFile file = YamlParser.parse(text);
        assertEquals(3, file.documents().size());
        YamlDocument first = file.documents().get(0);
        assertEquals(0, first.startLine());
        assertEquals(1, first.lastLine());
        assertFalse(first.hasExplicitStart());
        YamlDocument second = file.documents().get(1);
        assertEquals(2, second.startLine());
        assertEquals(4, second.lastLine());
        assertTrue(second.hasExplicitStart());
        assertEquals("---\nb: 2\n...\n", second.text());
        assertEquals(Range.of(3, 0, 3, 1), second.rootMapping().orElseThrow().entries().get(0).key().range());
        assertEquals(5, file.documents().get(2).startLine());
        assertEquals("3", file.documents().get(2).rootMapping().orElseThrow().getText("c").orElseThrow());
        assertSame(second, file.documentAt(4).orElseThrow());
        assertSame(file.documents().get(2), file.documentAt(6).orElseThrow());
    }

    @Test
    void directivesAndCommentsBeforeTheMarkerBelongToTheDocumentItOpens() {
        String text = "%YAML 1.2\n%TAG !e! tag:example.com,2000:\n# about b\n---\nb: !e!thing 2\n";
        YamlFile file = YamlParser.parse(text);
        assertEquals(List.of(), file.problems());
        assertEquals(1, file.documents().size());
        YamlScalar b = file.documents().get(0).rootMapping().orElseThrow().getScalar("b").orElseThrow();
        assertEquals("tag:example.com,2000:thing", b.tag().orElseThrow());
        assertEquals(Range.of(4, 3, 4, 13), b.fullRange());
        assertEquals(2, file.documents().get(0).comments().get(0).line());
    }

    @Test
    void emptyDocumentsAndCommentOnlyTails() {
        YamlFile file = YamlParser.parse("---\n---\na: 1\n...\n# trailing note\n");
        assertEquals(3, file.documents().size());
        assertTrue(file.documents().get(0).root().orElseThrow().isNull(), "--- alone is an empty (null) document");
        assertTrue(file.documents().get(2).root().isEmpty(), "a comment after ... is no document");
        assertEquals(2, file.nonEmptyDocuments().size());
        assertEquals(" trailing note", file.comments().get(0).text());
        assertEquals(4, file.comments().get(0).line());
    }

    @Test
    void emptyFileHasOneRootlessDocument() {
        YamlFile file = YamlParser.parse("");
        assertEquals(1, file.documents().size());
        assertTrue(file.documents().get(0).root().isEmpty());
        assertEquals(List.of(), file.problems());
    }

    @Test
    void markerLineInsideABlockScalarEndsTheDocument() {
        String text = "run: |\n  echo a\n---\nb: 2\n";
        YamlFile file = YamlParser.parse(text);
        assertEquals(2, file.documents().size());
        assertEquals("echo a\n", file.documents().get(0).rootMapping().orElseThrow().getText("run").orElseThrow());
        assertEquals("2", file.documents().get(1).rootMapping().orElseThrow().getText("b").orElseThrow());
    }

    @Test
    void documentMarkersWithContentOnTheirLine() {
        YamlFile file = YamlParser.parse("--- |\n  text\n--- [a, b]\n---  # note\nc: d\n");
        assertEquals(3, file.documents().size());
        assertEquals("text\n", file.documents().get(0).root().flatMap(YamlNode::asText).orElseThrow());
        assertEquals(Range.of(2, 4, 2, 10), file.documents().get(1).root().orElseThrow().range());
        assertEquals("d", file.documents().get(2).rootMapping().orElseThrow().getText("c").orElseThrow());
    }

    @Test
    void segmentsReparseToEqualDocuments() {
        String text = "a: 1\n---\nb: [x, y]\n";
        List<YamlSegment> segments = YamlParser.segments(text);
        assertEquals(2, segments.size());
        assertEquals(new YamlSegment("---\nb: [x, y]\n", 5, 1), segments.get(1));
        YamlDocument alone = YamlParser.parseSegment(segments.get(1));
        assertEquals(Range.of(2, 3, 2, 9), alone.rootMapping().orElseThrow().get("b").orElseThrow().range());
    }

    @Test
    void reparseReusesUnchangedDocumentsAndMatchesAFreshParse() {
        String before = "a: 1\n---\nb: 2\n---\nc: 3\n";
        String after = "a: 1\n---\nb: 22\n---\nc: 3\n";
        YamlFile old = YamlParser.parse(before);
        YamlFile updated = YamlParser.reparse(after, old, dev.plumbline.engine.Cancellation.NONE);
        assertSame(old.documents().get(0), updated.documents().get(0));
        assertSame(old.documents().get(2), updated.documents().get(2));
        assertEquals("22", updated.documents().get(1).rootMapping().orElseThrow().getText("b").orElseThrow());
        YamlFile shifted = YamlParser.reparse("a: 1\n\n---\nb: 2\n---\nc: 3\n", old, dev.plumbline.engine.Cancellation.NONE);
        assertEquals(Range.of(5, 0, 5, 1), shifted.documents().get(2).rootMapping().orElseThrow().entries().get(0).key().range(),
                "documents moved to other lines are parsed again");
    }

    @Test
    void commentsEverywhereAreFoundWithTheirKind() {
        String text = """
                # own line
                a: 1 # trailing
                b: "not # a comment"
                c: 'nor # this'
                d: plain#notcomment
                e: | # header comment
                  # script line, not a comment
                  echo hi
                # back at the top
                f: [x, # inside flow
                    y]
                g:
                  # indented own line
                  h: 1
                """;
        YamlFile file = YamlParser.parse(text);
        assertEquals(List.of(), file.problems());
        List<String> found = file.comments().stream()
                .map(c -> c.range() + (c.trailing() ? " trailing" : " own") + " #" + c.text())
                .toList();
        assertEquals(List.of(
                "1:1-1:11 own # own line",
                "2:6-2:16 trailing # trailing",
                "6:6-6:22 trailing # header comment",
                "9:1-9:18 own # back at the top",
                "10:8-10:21 trailing # inside flow",
                "13:3-13:22 own # indented own line"), found);
    }

    @Test
    void commentsAfterASyntaxErrorAreStillFoundOutsideQuotes() {
        YamlFile file = YamlParser.parse("a: [1\nb: \"x # y\" # real\n");
        assertFalse(file.problems().isEmpty());
        assertEquals(List.of(" real"), file.comments().stream().map(YamlComment::text).toList());
    }

    @Test
    void parsingStopsWhenCanceled() {
        assertThrows(CancellationException.class, () -> YamlParser.parse("a: 1\n---\nb: 2\n", () -> true));
    }
}
