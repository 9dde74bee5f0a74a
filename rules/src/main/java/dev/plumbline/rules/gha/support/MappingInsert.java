package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** Inserting whole lines into a block mapping at its own indentation. */
public final class MappingInsert {

    private MappingInsert() {
    }

    /**
     * Inserts {@code lines} (each relative to the mapping's indentation, separated by {@code \n}) on
     * the line after {@code after}'s value, or before the first entry when {@code after} is empty.
     * Empty for flow mappings, and for entries that share their line with others.
     */
    public static Optional<TextEdit> lines(TextDocument document, YamlMapping mapping, Optional<YamlEntry> after,
            String lines) {
        if (mapping.isFlow() || mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlEntry first = mapping.entries().get(0);
        Position keyStart = first.key().fullRange().start();
        if (!document.lineText(keyStart.line()).substring(0, keyStart.character()).isBlank()
                && !document.lineText(keyStart.line()).substring(0, keyStart.character()).trim().equals("-")) {
            return Optional.empty();
        }
        String indent = " ".repeat(keyStart.character());
        String separator = document.lineSeparator();
        StringBuilder text = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            text.append(indent).append(line).append(separator);
        }
        if (after.isPresent()) {
            int line = after.get().range().end().line();
            if (!document.lineText(line).substring(after.get().range().end().character()).isBlank()
                    && !document.lineText(line).substring(after.get().range().end().character()).trim().startsWith("#")) {
                return Optional.empty();
            }
            if (line + 1 >= document.lineCount()) {
                String last = document.lineText(line);
                int end = document.offsetAt(new Position(line, last.length()));
                return Optional.of(new TextEdit(document.rangeOf(end, end), separator + text.substring(0,
                        text.length() - separator.length())));
            }
            int at = document.offsetAt(new Position(line + 1, 0));
            return Optional.of(new TextEdit(document.rangeOf(at, at), text.toString()));
        }
        if (keyStart.character() > 0 && !document.lineText(keyStart.line()).substring(0, keyStart.character()).isBlank()) {
            return Optional.empty(); // the first key follows a "- "; inserting before it would split the item
        }
        int at = document.offsetAt(new Position(keyStart.line(), 0));
        return Optional.of(new TextEdit(document.rangeOf(at, at), text.toString()));
    }
}
