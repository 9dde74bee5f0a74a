package dev.plumbline.rules.k8s.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mapping entry a quick fix adds: a key with either a scalar value (written as given, e.g.
 * {@code false}) or nested entries. Renders itself in block style at a given indentation, or in flow style.
 */
public record NewEntry(String key, String value, List<NewEntry> children) {

    public NewEntry {
        children = List.copyOf(children);
    }

    public static NewEntry scalar(String key, String value) {
        return new NewEntry(key, value, List.of());
    }

    public static NewEntry mapping(String key, NewEntry... children) {
        return new NewEntry(key, null, List.of(children));
    }

    /** Block lines (without line breaks), this entry's key at column {@code indent}, children {@code step} deeper. */
    public List<String> blockLines(int indent, int step) {
        List<String> lines = new ArrayList<>();
        String pad = " ".repeat(indent);
        if (value != null) {
            lines.add(pad + key + ": " + value);
            return lines;
        }
        lines.add(pad + key + ":");
        for (NewEntry child : children) {
            lines.addAll(child.blockLines(indent + step, step));
        }
        return lines;
    }

    /** {@code key: value} or {@code key: {child: value, ...}}. */
    public String flow() {
        return key + ": " + flowValue();
    }

    /** The value alone in flow style. */
    public String flowValue() {
        return value != null ? value : children.stream().map(NewEntry::flow).collect(Collectors.joining(", ", "{", "}"));
    }
}
