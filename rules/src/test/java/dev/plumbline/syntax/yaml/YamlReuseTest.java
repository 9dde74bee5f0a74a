package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link YamlParser#reuse}: a parse serves another snapshot only when the texts are the same. */
class YamlReuseTest {

    private static final String TEXT = "a: 1\n---\nb:\n  c: 2\n";

    @Test
    void theSameTextTakesTheParseWithTheNewSnapshot() {
        TextDocument first = TextDocument.of("file:///w/a.yaml", "yaml", 1, TEXT);
        YamlFile parsed = YamlParser.parse(first, Cancellation.NONE);
        TextDocument typed = first.applyChanges(List.of(new TextEdit(Range.of(0, 4, 0, 4), "x")), 2);
        TextDocument undone = typed.applyChanges(List.of(new TextEdit(Range.of(0, 4, 0, 5), "")), 3);
        YamlFile reused = YamlParser.reuse(undone, parsed).orElseThrow();
        assertSame(parsed.documents().get(1), reused.documents().get(1));
        assertSame(undone.snapshot(), reused.snapshot());
        assertEquals(YamlParser.parse(undone, Cancellation.NONE).documents().size(), reused.documents().size());
        assertTrue(YamlParser.reuse(typed, parsed).isEmpty());
    }

    @Test
    void aTextThatOnlyStartsTheSameIsNotTheSame() {
        YamlFile parsed = YamlParser.parse(TextDocument.of("file:///w/a.yaml", "yaml", 1, TEXT), Cancellation.NONE);
        assertTrue(YamlParser.reuse(TextDocument.of("file:///w/a.yaml", "yaml", 2, TEXT + "d: 3\n"), parsed).isEmpty());
        assertTrue(YamlParser.reuse(TextDocument.of("file:///w/a.yaml", "yaml", 2, "a: 1\n"), parsed).isEmpty());
    }
}
