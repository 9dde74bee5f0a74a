package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code key: value} of a mapping. A missing value ({@code key:}) is an empty null scalar placed
 * just after the colon.
 */
public record YamlEntry(YamlNode key, YamlNode value) {

    private static final String MERGE_TAG = "tag:yaml.org,2002:merge";

    public YamlEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** From the key (with its properties) to the end of the value. */
    public Range range() {
        Position start = key.fullRange().start();
        Position end = value.range().end();
        Position keyEnd = key.range().end();
        return new Range(start, end.isBefore(keyEnd) ? keyEnd : end);
    }

    /** The key's scalar value (through an alias); empty for a collection key. */
    public Optional<String> keyText() {
        return key.asText();
    }

    /** True when the key's text is {@code name}. */
    public boolean hasKey(String name) {
        // hot (every mapping lookup): no Optionals
        return key.resolve() instanceof YamlScalar scalar && scalar.value().equals(name);
    }

    /** True for a YAML 1.1 merge key: a plain {@code <<}, untagged or tagged {@code !!merge}. */
    public boolean isMergeKey() {
        return key instanceof YamlScalar s && s.isPlain() && s.value().equals("<<")
                && s.tag().map(MERGE_TAG::equals).orElse(true);
    }
}
