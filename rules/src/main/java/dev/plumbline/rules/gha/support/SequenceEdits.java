package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** Removing one item of a sequence without disturbing the others' layout. */
public final class SequenceEdits {

    private SequenceEdits() {
    }

    /**
     * Removes item {@code index}: in a flow sequence with the comma before it (or after it, for the
     * first item); in a block sequence the item's whole line, when the item is alone on it.
     */
    public static Optional<TextEdit> removeItem(YamlSequence sequence, int index, TextDocument document) {
        if (sequence.size() < 2) {
            return Optional.empty();
        }
        Range item = sequence.itemRange(index);
        if (sequence.isFlow()) {
            if (index > 0) {
                return Optional.of(new TextEdit(new Range(sequence.items().get(index - 1).range().end(), item.end()), ""));
            }
            return Optional.of(new TextEdit(new Range(item.start(), sequence.itemRange(1).start()), ""));
        }
        int line = item.start().line();
        if (item.end().line() != line || !document.lineText(line).substring(0, item.start().character()).isBlank()
                || !document.lineText(line).substring(item.end().character()).isBlank()) {
            return Optional.empty();
        }
        int start = document.offsetAt(new Position(line, 0));
        int end = line + 1 < document.lineCount() ? document.offsetAt(new Position(line + 1, 0)) : document.text().length();
        return Optional.of(new TextEdit(document.rangeOf(start, end), ""));
    }
}
