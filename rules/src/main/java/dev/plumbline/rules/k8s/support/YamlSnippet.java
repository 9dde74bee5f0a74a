package dev.plumbline.rules.k8s.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small YAML value a quick fix inserts: a scalar (its text written as given), a mapping of
 * entries in order, or a sequence. Renders itself as the value of a {@code key:} in block style at a
 * given indentation (sequences indented one step under their key, items' entries aligned after
 * {@code "- "}) or in flow style. {@link NewEntry} covers scalars and mappings; this adds sequences.
 */
public sealed interface YamlSnippet {

    /** A scalar written exactly as {@code text} (quote it yourself when it needs quotes). */
    record Scalar(String text) implements YamlSnippet {
    }

    /** One {@code key: value} of a {@link Mapping}; {@code key} is written as given. */
    record Entry(String key, YamlSnippet value) {
    }

    record Mapping(List<Entry> entries) implements YamlSnippet {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Sequence(List<YamlSnippet> items) implements YamlSnippet {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    static Scalar scalar(String text) {
        return new Scalar(text);
    }

    static Entry entry(String key, YamlSnippet value) {
        return new Entry(key, value);
    }

    static Entry entry(String key, String scalarText) {
        return new Entry(key, new Scalar(scalarText));
    }

    static Mapping mapping(Entry... entries) {
        return new Mapping(List.of(entries));
    }

    static Sequence sequence(YamlSnippet... items) {
        return new Sequence(List.of(items));
    }

    /** Block lines (no line breaks) of {@code key: <this>} with the key at column {@code indent}. */
    default List<String> entryLines(String key, int indent, int step) {
        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        if (this instanceof Scalar scalar) {
            lines.add(pad + key + ": " + scalar.text());
        } else if (this instanceof Mapping mapping && !mapping.entries().isEmpty()) {
            lines.add(pad + key + ":");
            for (Entry child : mapping.entries()) {
                lines.addAll(child.value().entryLines(child.key(), indent + step, step));
            }
        } else if (this instanceof Sequence sequence && !sequence.items().isEmpty()) {
            lines.add(pad + key + ":");
            for (YamlSnippet item : sequence.items()) {
                lines.addAll(item.itemLines(indent + step, step));
            }
        } else {
            lines.add(pad + key + ": " + flow());
        }
        return lines;
    }

    /** Block lines of {@code - <this>} with the dash at column {@code indent}. */
    default List<String> itemLines(int indent, int step) {
        String pad = " ".repeat(indent);
        if (this instanceof Mapping mapping && !mapping.entries().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Entry child : mapping.entries()) {
                lines.addAll(child.value().entryLines(child.key(), indent + 2, step));
            }
            lines.set(0, pad + "- " + lines.get(0).substring(indent + 2));
            return lines;
        }
        return List.of(pad + "- " + flow());
    }

    /** The value in flow style. */
    default String flow() {
        if (this instanceof Scalar scalar) {
            return scalar.text();
        }
        if (this instanceof Mapping mapping) {
            return mapping.entries().stream().map(e -> e.key() + ": " + e.value().flow())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return ((Sequence) this).items().stream().map(YamlSnippet::flow).collect(Collectors.joining(", ", "[", "]"));
    }

    /** The same value as {@link NewEntry}s when it holds no sequence (for {@link MappingEdits}); else empty. */
    default java.util.Optional<NewEntry> asNewEntry(String key) {
        if (this instanceof Scalar scalar) {
            return java.util.Optional.of(NewEntry.scalar(key, scalar.text()));
        }
        if (this instanceof Mapping mapping && !mapping.entries().isEmpty()) {
            List<NewEntry> children = new ArrayList<>();
            for (Entry child : mapping.entries()) {
                java.util.Optional<NewEntry> converted = child.value().asNewEntry(child.key());
                if (converted.isEmpty()) {
                    return java.util.Optional.empty();
                }
                children.add(converted.get());
            }
            return java.util.Optional.of(NewEntry.mapping(key, children.toArray(NewEntry[]::new)));
        }
        return java.util.Optional.empty();
    }
}
