package dev.plumbline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDocumentTest {

    @Test
    void countsColumnsInUtf16CodeUnits() {
        TextDocument doc = TextDocument.of("file:///t", "a\uD83D\uDE00b\n");
        assertEquals(Position.of(0, 3), doc.positionAt(3));
        assertEquals("b", doc.textOf(Range.of(0, 3, 0, 4)));
    }

    @Test
    void treatsCrLfAndLoneCrAsOneLineBreakEach() {
        TextDocument doc = TextDocument.of("file:///t", "a\r\nb\rc\nd");
        assertEquals(4, doc.lineCount());
        assertEquals(List.of("a", "b", "c", "d"), List.of(doc.lineText(0), doc.lineText(1), doc.lineText(2), doc.lineText(3)));
        assertEquals("\n", doc.lineSeparator());
        assertEquals("\r\n", TextDocument.of("u", "a\r\nb\r\n").lineSeparator());
    }

    @Test
    void keepsTabsAndByteOrderMarkAsSingleColumns() {
        TextDocument doc = TextDocument.of("file:///t", "\uFEFF\tx");
        assertEquals(Position.of(0, 2), doc.positionAt(2));
    }

    @Test
    void clampsPositionsPastTheEndOfALineOrTheText() {
        TextDocument doc = TextDocument.of("file:///t", "ab\r\ncd");
        assertEquals(2, doc.offsetAt(Position.of(0, 99)));
        assertEquals(6, doc.offsetAt(Position.of(7, 0)));
        TextDocument edited = doc.applyChanges(List.of(new TextEdit(Range.of(0, 50, 0, 60), "!")), 2);
        assertEquals("ab!\r\ncd", edited.text());
    }

    @Test
    void readsAnEndFirstChangeInOrderInsteadOfDroppingIt() {
        TextDocument doc = TextDocument.of("file:///t", "hello");
        TextEdit reversed = new TextEdit(Range.of(0, 1, 0, 1), "");
        TextDocument edited = doc.applyChanges(List.of(reversed), 1);
        assertEquals("hello", edited.text());
        assertThrows(IllegalArgumentException.class, () -> Range.of(0, 3, 0, 1));
    }

    @Test
    void joinsACarriageReturnAndALineFeedInsertedSeparately() {
        TextDocument doc = TextDocument.of("file:///t", "a\rb");
        TextDocument edited = doc.applyChanges(List.of(TextEdit.insert(Position.of(1, 0), "\n")), 1);
        assertEquals("a\r\nb", edited.text());
        assertEquals(2, edited.lineCount());
        assertEquals(LineIndex.of("a\r\nb"), edited.lineIndex());
    }

    @Test
    void appliesSimultaneousEditsAgainstTheOriginalText() {
        TextDocument doc = TextDocument.of("file:///t", "one two three");
        TextDocument edited = doc.applyEdits(List.of(
                new TextEdit(Range.of(0, 8, 0, 13), "3"),
                new TextEdit(Range.of(0, 0, 0, 3), "1"),
                TextEdit.insert(Position.of(0, 4), "+")), 1);
        assertEquals("1 +two 3", edited.text());
        assertThrows(IllegalArgumentException.class, () -> doc.applyEdits(List.of(
                new TextEdit(Range.of(0, 0, 0, 5), "x"), new TextEdit(Range.of(0, 2, 0, 6), "y")), 1));
    }
}
