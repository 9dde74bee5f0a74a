package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * Removes one entry from a mapping: its whole lines in block style (when nothing else shares them),
 * or the entry and one neighbouring comma in flow style. Removing the last entry of a block mapping
 * removes the mapping's own entry ({@code env:}) with it, when {@code owner} is given.
 */
public final class EntryRemoval {

    private EntryRemoval() {
    }

    public static Optional<TextEdit> remove(YamlMapping mapping, YamlEntry entry, YamlEntry owner, TextDocument document) {
        if (mapping.isFlow()) {
            return flow(mapping, entry, document);
        }
        if (mapping.size() == 1 && owner != null) {
            return wholeLines(owner.range(), document);
        }
        return wholeLines(entry.range(), document);
    }

    /** The lines of {@code range}, when the text before it on its first line is blank and nothing follows it but a comment. */
    private static Optional<TextEdit> wholeLines(Range range, TextDocument document) {
        String firstLine = document.lineText(range.start().line());
        String before = firstLine.substring(0, Math.min(range.start().character(), firstLine.length()));
        String lastLine = document.lineText(range.end().line());
        String after = lastLine.substring(Math.min(range.end().character(), lastLine.length())).strip();
        if (!before.isBlank() || !(after.isEmpty() || after.startsWith("#"))) {
            return Optional.empty();
        }
        Position start = new Position(range.start().line(), 0);
        int nextLine = range.end().line() + 1;
        Position end = nextLine < document.lineCount() ? new Position(nextLine, 0)
                : document.lineRange(range.end().line()).end();
        return Optional.of(new TextEdit(new Range(start, end), ""));
    }

    private static Optional<TextEdit> flow(YamlMapping mapping, YamlEntry entry, TextDocument document) {
        int index = mapping.entries().indexOf(entry);
        if (index < 0) {
            return Optional.empty();
        }
        if (mapping.size() == 1) {
            return Optional.of(new TextEdit(mapping.range(), "{}"));
        }
        int start;
        int end;
        if (index + 1 < mapping.size()) {
            start = document.offsetAt(entry.range().start());
            end = document.offsetAt(mapping.entries().get(index + 1).range().start());
        } else {
            start = document.offsetAt(mapping.entries().get(index - 1).range().end());
            end = document.offsetAt(entry.range().end());
        }
        return Optional.of(new TextEdit(document.rangeOf(start, end), ""));
    }
}
