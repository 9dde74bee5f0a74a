package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Re-parsing after an edit gives exactly what a full parse gives, and reuses the documents the edit did not touch. */
class IncrementalYamlParseTest {

    private static final String DOC = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c%d
              labels: &l {app: a%d}
            data:
              key: |
                line one
                line two
              copy: *l
              list:
                - a
                - {b: c}
            """;

    private static String file(int documents) {
        StringBuilder out = new StringBuilder("# leading comment\n");
        for (int i = 0; i < documents; i++) {
            out.append(i == 0 ? "" : "---\n").append(DOC.formatted(i, i));
        }
        return out.toString();
    }

    static String dump(YamlFile file) {
        StringBuilder out = new StringBuilder();
        for (YamlDocument d : file.documents()) {
            out.append("DOC ").append(d.startLine()).append(' ').append(d.hasExplicitStart()).append(' ')
                    .append(d.isTruncated()).append(' ').append(d.range()).append('\n').append(d.text()).append('\n');
            d.problems().forEach(p -> out.append("  P ").append(p).append('\n'));
            d.comments().forEach(c -> out.append("  C ").append(c).append('\n'));
            d.root().ifPresent(root -> root.walk(node -> {
                out.append("  N ").append(node.getClass().getSimpleName()).append(' ').append(node.range()).append(' ')
                        .append(node.fullRange()).append(' ').append(node.anchor().orElse("-")).append(' ')
                        .append(node.tag().orElse("-"));
                if (node instanceof YamlScalar s) {
                    out.append(" [").append(s.value()).append("] ").append(s.style()).append(' ').append(s.type())
                            .append(' ').append(s.content().exact());
                } else if (node instanceof YamlSequence q) {
                    for (int i = 0; i < q.size(); i++) {
                        out.append(' ').append(q.dashRange(i).map(Object::toString).orElse("flow"))
                                .append(q.itemRange(i));
                    }
                } else if (node instanceof YamlAlias a) {
                    out.append(" -> ").append(a.target().map(t -> t.range().toString()).orElse("none"));
                }
                out.append('\n');
            }));
        }
        return out.toString();
    }

    private static void assertSameAsFullParse(String before, String after) {
        YamlFile previous = YamlParser.parse(before);
        YamlFile incremental = YamlParser.reparse(after, previous, Cancellation.NONE);
        assertEquals(dump(YamlParser.parse(after)), dump(incremental), () -> "before:\n" + before + "\nafter:\n" + after);
    }

    @Test
    void anEditInsideOneDocumentReparsesOnlyIt() {
        String before = file(5);
        String after = before.replace("name: c2", "name: c2x");
        YamlFile previous = YamlParser.parse(before);
        YamlFile next = YamlParser.reparse(after, previous, Cancellation.NONE);
        assertEquals(dump(YamlParser.parse(after)), dump(next));
        for (int i = 0; i < 5; i++) {
            if (i == 2) {
                assertNotSame(previous.documents().get(i), next.documents().get(i));
            } else {
                assertSame(previous.documents().get(i), next.documents().get(i));
            }
        }
    }

    @Test
    void documentsAfterAnAddedLineMoveWithoutBeingParsedAgain() {
        String before = file(4);
        String after = before.replace("name: c1\n", "name: c1\n  namespace: n\n");
        YamlFile previous = YamlParser.parse(before);
        YamlFile next = YamlParser.reparse(after, previous, Cancellation.NONE);
        assertEquals(dump(YamlParser.parse(after)), dump(next));
        assertSame(previous.documents().get(0), next.documents().get(0));
        assertEquals(previous.documents().get(3).identity(), next.documents().get(3).identity());
        assertEquals(previous.documents().get(3).startLine() + 1, next.documents().get(3).startLine());
        assertNotSame(previous.documents().get(1).identity(), next.documents().get(1).identity());
    }

    /** Edits through {@link TextDocument#applyChanges}: the re-parse trusts the snapshot's change instead of comparing. */
    @Test
    void randomEditorChangesMatchAFullParse() {
        Random random = new Random(7);
        List<String> pieces = List.of("---\n", "...\n", "\n", "a: 1\n", "- i\n", "#c\n", "&a x", "*a", "\"q", "|\n",
                "  ", ":", "-", "\r\n", "\r", "k: v", "{", "\uD83D\uDE00", "x");
        for (int round = 0; round < 200; round++) {
            TextDocument document = TextDocument.of("file:///f.yaml", "yaml", 1, file(1 + random.nextInt(4)));
            YamlFile model = YamlParser.parse(document, Cancellation.NONE);
            for (int step = 0; step < 20; step++) {
                List<TextEdit> edits = new ArrayList<>();
                String current = document.text();
                int count = 1 + random.nextInt(3);
                for (int e = 0; e < count; e++) {
                    int start = random.nextInt(current.length() + 1);
                    int end = Math.min(current.length(), start + (random.nextInt(3) == 0 ? random.nextInt(30) : 0));
                    String insert = random.nextInt(4) == 0 ? "" : pieces.get(random.nextInt(pieces.size()));
                    TextDocument probe = TextDocument.of("x", current);
                    dev.plumbline.text.Range range = probe.rangeOf(start, end);
                    if (probe.offsetAt(range.start()) != start || probe.offsetAt(range.end()) != end) {
                        continue; // inside a CR LF or a surrogate pair: no position says that
                    }
                    edits.add(new TextEdit(range, insert));
                    current = current.substring(0, start) + insert + current.substring(end);
                }
                TextDocument next = document.applyChanges(edits, document.version() + 1);
                assertEquals(current, next.text());
                model = YamlParser.reparse(next, model, Cancellation.NONE);
                String expected = dump(YamlParser.parse(next.text()));
                String actual = dump(model);
                if (!expected.equals(actual)) {
                    assertEquals(expected, actual, "after editing:\n" + document.text() + "\ninto:\n" + next.text());
                }
                document = next;
            }
        }
    }

    @Test
    void unchangedTextGivesThePreviousFile() {
        YamlFile previous = YamlParser.parse(file(3));
        assertSame(previous, YamlParser.reparse(file(3), previous, Cancellation.NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "a: 1", "---", "...\n", "--- a\n", "#c\n---\n", "\uFEFFa: 1\n", "a: 1\r\n---\r\nb: 2\r\n",
            "a: 1\n...\n# after\n", "---\n---\n---\n", "a: [1,\n---\nb: 2\n", "k: |\n  x\n---\ny: 1\n"})
    void markerEditsMatchAFullParse(String base) {
        String[] inserts = {"---\n", "...\n", "-", ".", "\n", "\r", "\r\n", "#", "x: 1\n", "--- ", " ", "\uFEFF", "\t"};
        for (int at = 0; at <= base.length(); at++) {
            for (String insert : inserts) {
                assertSameAsFullParse(base, base.substring(0, at) + insert + base.substring(at));
            }
            if (at < base.length()) {
                assertSameAsFullParse(base, base.substring(0, at) + base.substring(at + 1));
            }
        }
    }

    @Test
    void randomEditSequencesMatchAFullParse() {
        Random random = new Random(20261126);
        List<String> pieces = List.of("---\n", "...\n", "\n", "a: 1\n", "  b: [x, y]\n", "- i\n", "#c\n", "&a x", "*a",
                "\"q", "'", "|\n", "  ", ":", "-", ".", "\r\n", "\r", "k: v", "{", "}", "\uD83D\uDE00", "\t");
        for (int round = 0; round < 300; round++) {
            String text = file(1 + random.nextInt(4));
            YamlFile model = YamlParser.parse(text);
            for (int step = 0; step < 25; step++) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(40) : 0));
                String insert = random.nextInt(4) == 0 ? "" : pieces.get(random.nextInt(pieces.size()));
                String next = text.substring(0, start) + insert + text.substring(end);
                model = YamlParser.reparse(next, model, Cancellation.NONE);
                String expected = dump(YamlParser.parse(next));
                String actual = dump(model);
                if (!expected.equals(actual)) {
                    assertEquals(expected, actual, "after editing:\n" + text + "\ninto:\n" + next);
                }
                text = next;
            }
        }
    }
}
