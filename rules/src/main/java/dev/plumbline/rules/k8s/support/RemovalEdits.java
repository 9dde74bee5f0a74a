package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * Text edits that delete one entry of a mapping or one item of a sequence and leave the rest as
 * written. A block entry or item goes with its whole lines (its trailing comment too); the first
 * entry of a sequence item ({@code - hostPort: 80}) hands its dash to the next entry; a flow entry or
 * item goes with its comma. Answers empty where the result would change the structure (the only
 * entry of a block mapping or item of a block sequence, comments between entries that would be
 * lost, a key that shares its line with something else).
 */
public final class RemovalEdits {

    private RemovalEdits() {
    }

    /** Deletes {@code entry}, which must be one of {@code mapping}'s own entries. */
    public static Optional<TextEdit> removeEntry(YamlMapping mapping, YamlEntry entry, TextDocument document) {
        int index = mapping.entries().indexOf(entry);
        if (index < 0) {
            return Optional.empty();
        }
        int size = mapping.size();
        if (mapping.isFlow()) {
            if (size == 1) {
                return Optional.of(new TextEdit(mapping.range(), "{}"));
            }
            return Optional.of(index < size - 1
                    ? TextEdit.delete(new Range(entry.range().start(), mapping.entries().get(index + 1).range().start()))
                    : TextEdit.delete(new Range(mapping.entries().get(index - 1).range().end(), entry.range().end())));
        }
        if (size == 1) {
            return Optional.empty();
        }
        Position start = entry.range().start();
        String before = document.lineText(start.line()).substring(0, start.character());
        if (before.isBlank()) {
            return wholeLines(document, start.line(), entry.range().end().line());
        }
        if (index == 0 && before.strip().equals("-")) {
            // "- hostPort: 80" followed by "  containerPort: 80": the next entry moves up behind the dash
            Position next = mapping.entries().get(1).range().start();
            String between = document.textOf(new Range(entry.range().end(), next));
            if (next.line() > start.line() && !between.contains("#") && onlyValueOnLines(document, entry)) {
                return Optional.of(TextEdit.delete(new Range(start, next)));
            }
        }
        return Optional.empty();
    }

    /** Deletes item {@code index} of {@code sequence}. */
    public static Optional<TextEdit> removeItem(YamlSequence sequence, int index, TextDocument document) {
        int size = sequence.size();
        if (index < 0 || index >= size) {
            return Optional.empty();
        }
        if (sequence.isFlow()) {
            if (size == 1) {
                return Optional.of(new TextEdit(sequence.range(), "[]"));
            }
            return Optional.of(index < size - 1
                    ? TextEdit.delete(new Range(sequence.itemRange(index).start(), sequence.itemRange(index + 1).start()))
                    : TextEdit.delete(new Range(sequence.itemRange(index - 1).end(), sequence.itemRange(index).end())));
        }
        if (size == 1) {
            return Optional.empty();
        }
        Range item = sequence.itemRange(index);
        String before = document.lineText(item.start().line()).substring(0, item.start().character());
        return before.isBlank() ? wholeLines(document, item.start().line(), item.end().line()) : Optional.empty();
    }

    /** True when the entry's value is followed by nothing but a comment on its last line. */
    private static boolean onlyValueOnLines(TextDocument document, YamlEntry entry) {
        Position end = entry.range().end();
        String after = document.lineText(end.line()).substring(end.character()).strip();
        return after.isEmpty();
    }

    /** Deletes lines {@code first..last} with their line breaks (the one before them at the end of the text). */
    private static Optional<TextEdit> wholeLines(TextDocument document, int first, int last) {
        LineIndex lines = document.lineIndex();
        int start = lines.lineStart(first);
        int end = lines.lineEnd(last);
        if (end == lines.length() && first > 0 && lines.lineContentEnd(last, document.text()) == end) {
            // the last line has no line break: take the one before it
            start = lines.lineContentEnd(first - 1, document.text());
        }
        return Optional.of(TextEdit.delete(document.rangeOf(start, end)));
    }
}
