package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event under {@code on:}, in any of its shapes: {@code on: push}, {@code on: [push, fork]} or
 * {@code on: {push: {branches: [main]}}}.
 *
 * @param name the event name as written
 * @param nameNode where the name is written (the scalar, the list item or the mapping key)
 * @param settings the event's value in the mapping form (filters, types, inputs …); empty otherwise or when null
 */
public record Trigger(String name, YamlScalar nameNode, Optional<YamlNode> settings) {

    /** The settings when they are a mapping. */
    public Optional<YamlMapping> settingsMapping() {
        return settings.flatMap(YamlNode::asMapping);
    }

    /** The events of {@code on:} in document order; names that are not scalars are skipped. */
    static List<Trigger> of(Optional<YamlEntry> on) {
        List<Trigger> out = new ArrayList<>();
        if (on.isEmpty()) {
            return out;
        }
        YamlNode value = on.get().value();
        if (value.asMapping().isPresent()) {
            for (YamlEntry entry : value.asMapping().get().entries()) {
                if (!entry.isMergeKey() && entry.key() instanceof YamlScalar key && !key.isNull()) {
                    Optional<YamlNode> settings = entry.value().isNull() ? Optional.empty() : Optional.of(entry.value());
                    out.add(new Trigger(key.value(), key, settings));
                }
            }
        } else if (value.asSequence().isPresent()) {
            for (YamlNode item : value.asSequence().get().items()) {
                if (item instanceof YamlScalar s && !s.isNull()) {
                    out.add(new Trigger(s.value(), s, Optional.empty()));
                }
            }
        } else if (value instanceof YamlScalar s && !s.isNull()) {
            out.add(new Trigger(s.value(), s, Optional.empty()));
        }
        return out;
    }
}
