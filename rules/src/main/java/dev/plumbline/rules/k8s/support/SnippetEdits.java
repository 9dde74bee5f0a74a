package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Adds an entry to a mapping, or below it along a path of keys that may not exist yet, keeping the
 * file's indentation, comments, line breaks and block or flow style (see {@link MappingEdits}). Only
 * entries written in the mapping itself are followed: a mapping that comes from an alias or a merge
 * key is shared, so the edit answers empty rather than change it for everyone.
 */
public final class SnippetEdits {

    private SnippetEdits() {
    }

    /** Appends {@code key: value} after the last entry of {@code mapping} (block or flow). */
    public static Optional<TextEdit> append(YamlMapping mapping, String key, YamlSnippet value, TextDocument document,
            int step) {
        if (mapping.isFlow()) {
            String flow = key + ": " + value.flow();
            if (mapping.isEmpty()) {
                return Optional.of(new TextEdit(mapping.range(), "{" + flow + "}"));
            }
            return Optional.of(TextEdit.insert(mapping.entries().get(mapping.size() - 1).range().end(), ", " + flow));
        }
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        int column = mapping.entries().get(0).key().fullRange().start().character();
        int lastLine = mapping.entries().get(mapping.size() - 1).range().end().line();
        StringBuilder text = new StringBuilder();
        for (String line : value.entryLines(key, column, step)) {
            text.append(document.lineSeparator()).append(line);
        }
        return Optional.of(TextEdit.insert(document.lineRange(lastLine).end(), text.toString()));
    }

    /**
     * Adds {@code key: value} to the mapping reached from {@code base} through {@code path} (keys),
     * creating the missing mappings on the way; a null value on the way ({@code labels:}) is filled.
     * Empty when the key is already there, or the way holds a non-mapping, an alias or a merged mapping.
     */
    public static Optional<TextEdit> add(YamlMapping base, List<String> path, String key, YamlSnippet value,
            TextDocument document, int step) {
        YamlMapping current = base;
        for (int i = 0; i < path.size(); i++) {
            Optional<YamlEntry> entry = current.entry(path.get(i));
            YamlSnippet rest = nest(path.subList(i + 1, path.size()), key, value);
            if (entry.isEmpty()) {
                return append(current, path.get(i), rest, document, step);
            }
            YamlNode next = entry.get().value();
            if (next.isNull()) {
                boolean inFlow = current.isFlow();
                Optional<NewEntry> converted = rest instanceof YamlSnippet.Mapping m && m.entries().size() == 1
                        ? m.entries().get(0).value().asNewEntry(m.entries().get(0).key())
                        : Optional.empty();
                return converted.flatMap(c -> MappingEdits.fillNull(entry.get(), inFlow, List.of(c), document,
                        step));
            }
            if (!(next instanceof YamlMapping mapping)) {
                return Optional.empty();
            }
            current = mapping;
        }
        if (current.entry(key).isPresent()) {
            return Optional.empty();
        }
        return append(current, key, value, document, step);
    }

    /** {@code value} under {@code key}, wrapped in one mapping per key of {@code path}; the first key outermost. */
    private static YamlSnippet nest(List<String> path, String key, YamlSnippet value) {
        YamlSnippet inner = YamlSnippet.mapping(YamlSnippet.entry(key, value));
        for (int i = path.size() - 1; i >= 0; i--) {
            inner = YamlSnippet.mapping(YamlSnippet.entry(path.get(i), inner));
        }
        return inner;
    }
}
