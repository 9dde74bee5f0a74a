package dev.plumbline.benchmarks;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Random;

/**
 * An editor's keystrokes, as the server's document store applies them on didChange: text typed at
 * a random place, then taken out again by the next keystroke, so the document never drifts.
 */
final class Keystrokes {

    private final Random random;
    /** Where the last keystroke put its text, so the next one takes it out; null after a removal. */
    private Position typed;
    private String typedText;

    Keystrokes(long seed) {
        this.random = new Random(seed);
    }

    /** {@code document} after the next keystroke: {@code text} typed (a character or "\n"), or the last one removed. */
    TextDocument next(TextDocument document, String text) {
        TextEdit edit;
        if (typed == null) {
            int line = random.nextInt(document.lineCount());
            int length = document.lineText(line).length();
            typed = new Position(line, length == 0 ? 0 : random.nextInt(length + 1));
            typedText = text;
            edit = new TextEdit(Range.empty(typed), text);
        } else {
            Position end = typedText.equals("\n") ? new Position(typed.line() + 1, 0)
                    : new Position(typed.line(), typed.character() + typedText.length());
            edit = new TextEdit(new Range(typed, end), "");
            typed = null;
        }
        return document.applyChanges(List.of(edit), document.version() + 1);
    }
}
