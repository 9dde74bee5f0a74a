package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** Adds an item to a YAML sequence as written: a new {@code - item} line at the items' dash column, or {@code , item} in a flow list. */
public final class SequenceEdits {

    private SequenceEdits() {
    }

    /** Appends {@code item} (YAML text of a scalar) after the last item of {@code sequence}. */
    public static Optional<TextEdit> append(YamlSequence sequence, String item, TextDocument document) {
        if (sequence.isFlow()) {
            if (sequence.isEmpty()) {
                return Optional.of(new TextEdit(sequence.range(), "[" + item + "]"));
            }
            return Optional.of(TextEdit.insert(sequence.itemRange(sequence.size() - 1).end(), ", " + item));
        }
        if (sequence.isEmpty() || sequence.dashRange(0).isEmpty()) {
            return Optional.empty();
        }
        int column = sequence.dashRange(0).get().start().character();
        int lastLine = sequence.itemRange(sequence.size() - 1).end().line();
        return Optional.of(TextEdit.insert(document.lineRange(lastLine).end(),
                document.lineSeparator() + " ".repeat(column) + "- " + item));
    }
}
