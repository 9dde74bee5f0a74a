package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Text edits that delete one entry of a mapping or one item of a sequence, keeping the rest of the
 * file as written. In block style the entry's whole lines go (it must start its line, or follow only
 * indentation, and end it, or be followed only by a comment); in flow style the entry goes with one
 * neighbouring comma. Answers empty when the entry is not written in that collection (it comes from a
 * merge key) or the lines hold something else too.
 */
public final class RemoveEdits {

    private RemoveEdits() {
    }

    /** Deletes {@code entry}, one of {@code mapping}'s own entries. */
    public static Optional<TextEdit> removeEntry(YamlMapping mapping, YamlEntry entry, TextDocument document) {
        List<YamlEntry> entries = mapping.entries();
        int index = indexOf(entries, entry);
        if (index < 0) {
            return Optional.empty();
        }
        if (mapping.isFlow()) {
            return Optional.of(flowDelete(document, entries.stream().map(YamlEntry::range).toList(), index));
        }
        return wholeLines(document, entry.key().fullRange().start(), entry.range().end());
    }

    /** Deletes item {@code index} of {@code sequence}. */
    public static Optional<TextEdit> removeItem(YamlSequence sequence, int index, TextDocument document) {
        if (index < 0 || index >= sequence.size()) {
            return Optional.empty();
        }
        if (sequence.isFlow()) {
            List<Range> items = java.util.stream.IntStream.range(0, sequence.size()).mapToObj(sequence::itemRange).toList();
            return Optional.of(flowDelete(document, items, index));
        }
        return wholeLines(document, sequence.itemRange(index).start(), sequence.itemRange(index).end());
    }

    private static int indexOf(List<YamlEntry> entries, YamlEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry || entries.get(i).equals(entry)) {
                return i;
            }
        }
        return -1;
    }

    /** Deletes item {@code index} of a flow collection with the comma after it (or, for the last item, before it). */
    private static TextEdit flowDelete(TextDocument document, List<Range> items, int index) {
        Range item = items.get(index);
        if (index + 1 < items.size()) {
            return TextEdit.delete(new Range(item.start(), items.get(index + 1).start()));
        }
        if (index > 0) {
            return TextEdit.delete(new Range(items.get(index - 1).end(), item.end()));
        }
        return TextEdit.delete(item);
    }

    /** Deletes the lines from {@code start} to {@code end} when nothing but indentation and a comment shares them. */
    private static Optional<TextEdit> wholeLines(TextDocument document, Position start, Position end) {
        String before = document.lineText(start.line()).substring(0, Math.min(start.character(),
                document.lineText(start.line()).length()));
        String endLine = document.lineText(end.line());
        String after = endLine.substring(Math.min(end.character(), endLine.length())).strip();
        if (!before.isBlank() || !(after.isEmpty() || after.startsWith("#"))) {
            return Optional.empty();
        }
        Position from = Position.of(start.line(), 0);
        Position to = end.line() + 1 < document.lineCount() ? Position.of(end.line() + 1, 0)
                : document.lineRange(end.line()).end();
        if (end.line() + 1 >= document.lineCount() && start.line() > 0) {
            // the last line of a file without a final line break: take the break before it instead
            from = document.lineRange(start.line() - 1).end();
        }
        return Optional.of(TextEdit.delete(new Range(from, to)));
    }
}
