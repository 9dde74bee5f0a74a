package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Text edits that change a value or add entries to a YAML mapping while keeping the file as it is
 * written: its indentation, its comments (a trailing comment stays on its line), its line breaks
 * (CRLF stays CRLF) and its style (block or flow). Each method answers empty when it cannot edit
 * safely (a tagged and anchored value, a null value written on another line than its key, ...).
 */
public final class MappingEdits {

    /** Used when the file shows no nested block mapping to learn its indentation from. */
    public static final int DEFAULT_STEP = 2;

    private MappingEdits() {
    }

    /** Replaces the value of {@code entry} with {@code text} (a plain scalar). */
    public static Optional<TextEdit> setValue(YamlEntry entry, String text, TextDocument document) {
        YamlNode value = entry.value();
        if (value instanceof YamlScalar scalar && scalar.isEmpty() && scalar.tag().isEmpty() && scalar.anchor().isEmpty()) {
            Position at = value.range().start();
            return Optional.of(TextEdit.insert(at, (charBefore(document, at) == ':' ? " " : "") + text));
        }
        if (value.tag().isPresent()) {
            // "!!str true" keeps its tag unless it goes too; an anchor may be aliased elsewhere, so it stays
            return value.anchor().isPresent() ? Optional.empty() : Optional.of(new TextEdit(value.fullRange(), text));
        }
        return Optional.of(new TextEdit(value.range(), text));
    }

    /**
     * Adds {@code entries} after the last entry of {@code mapping}: in block style on new lines at the
     * mapping's key column (nested entries {@code step} deeper), in flow style inside the braces.
     */
    public static Optional<TextEdit> append(YamlMapping mapping, List<NewEntry> entries, TextDocument document, int step) {
        if (mapping.isFlow()) {
            String flow = entries.stream().map(NewEntry::flow).collect(Collectors.joining(", "));
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
        String separator = document.lineSeparator();
        StringBuilder text = new StringBuilder();
        for (NewEntry entry : entries) {
            for (String line : entry.blockLines(column, step)) {
                text.append(separator).append(line);
            }
        }
        return Optional.of(TextEdit.insert(document.lineRange(lastLine).end(), text.toString()));
    }

    /**
     * Gives an entry whose value is null ({@code key:}, {@code key: ~}) the mapping {@code entries}:
     * a block below the key (a trailing comment stays on the key's line), or {@code {...}} when the
     * entry sits in a flow mapping ({@code inFlow}).
     */
    public static Optional<TextEdit> fillNull(YamlEntry entry, boolean inFlow, List<NewEntry> entries,
            TextDocument document, int step) {
        YamlNode value = entry.value();
        if (!(value instanceof YamlScalar scalar) || !scalar.isNull() || value.tag().isPresent()
                || value.anchor().isPresent()) {
            return Optional.empty();
        }
        String flow = entries.stream().map(NewEntry::flow).collect(Collectors.joining(", ", "{", "}"));
        if (inFlow) {
            if (scalar.isEmpty()) {
                Position at = value.range().start();
                return Optional.of(TextEdit.insert(at, (charBefore(document, at) == ':' ? " " : "") + flow));
            }
            return Optional.of(new TextEdit(value.range(), flow));
        }
        Range key = entry.key().range();
        int line = key.start().line();
        if (key.end().line() != line || value.range().end().line() != line) {
            return Optional.empty();
        }
        String text = document.text();
        int colon = text.indexOf(':', document.offsetAt(key.end()));
        int valueStart = document.offsetAt(value.range().start());
        int valueEnd = document.offsetAt(value.range().end());
        int lineEnd = document.offsetAt(document.lineRange(line).end());
        if (colon < 0 || colon >= valueStart || colon >= lineEnd) {
            return Optional.empty();
        }
        int column = entry.key().fullRange().start().character();
        StringBuilder replacement = new StringBuilder(text.substring(valueEnd, lineEnd));
        for (NewEntry child : entries) {
            for (String childLine : child.blockLines(column + step, step)) {
                replacement.append(document.lineSeparator()).append(childLine);
            }
        }
        return Optional.of(new TextEdit(document.rangeOf(colon + 1, lineEnd), replacement.toString()));
    }

    /**
     * The indentation step the file uses, learnt from the first block mapping nested in a block
     * mapping under each scope in turn (e.g. a container, then its resource); {@link #DEFAULT_STEP}
     * when none shows one.
     */
    public static int indentStep(YamlNode... scopes) {
        for (YamlNode scope : scopes) {
            Deque<YamlNode> todo = new ArrayDeque<>();
            todo.push(scope);
            while (!todo.isEmpty()) {
                YamlNode node = todo.pop();
                if (node instanceof YamlMapping mapping && !mapping.isFlow()) {
                    for (YamlEntry entry : mapping.entries()) {
                        if (entry.value() instanceof YamlMapping child && !child.isFlow() && !child.isEmpty()) {
                            Position parent = entry.key().fullRange().start();
                            Position nested = child.entries().get(0).key().fullRange().start();
                            if (nested.line() > parent.line() && nested.character() > parent.character()) {
                                return nested.character() - parent.character();
                            }
                        }
                    }
                }
                List<YamlNode> children = node.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        return DEFAULT_STEP;
    }

    private static char charBefore(TextDocument document, Position at) {
        int offset = document.offsetAt(at);
        return offset > 0 ? document.text().charAt(offset - 1) : '\n';
    }
}
