package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item of a container's {@code env} list: its {@code name}, and a literal {@code value} or a
 * {@code valueFrom} source. Items that are not mappings are not env vars.
 *
 * @param container the container whose {@code env} holds it
 * @param sequence the {@code env} sequence
 * @param index the item's index in it
 * @param mapping the item's mapping (an alias's target)
 */
public record EnvVar(Container container, YamlSequence sequence, int index, YamlMapping mapping) {

    /** The env vars of {@code container}, in document order; none when {@code env} is not a sequence. */
    public static List<EnvVar> of(Container container) {
        Optional<YamlSequence> env = container.get("env").flatMap(YamlNode::asSequence);
        if (env.isEmpty()) {
            return List.of();
        }
        List<EnvVar> out = new ArrayList<>();
        for (int i = 0; i < env.get().size(); i++) {
            int index = i;
            env.get().items().get(i).asMapping().ifPresent(m -> out.add(new EnvVar(container, env.get(), index, m)));
        }
        return out;
    }

    /** The {@code name} text; empty when missing or not a scalar. */
    public Optional<String> name() {
        return KubeYaml.text(mapping, "name").filter(n -> !n.isEmpty());
    }

    public Optional<YamlEntry> nameEntry() {
        return KubeYaml.entry(mapping, "name");
    }

    /** The literal {@code value}, when written. */
    public Optional<YamlNode> value() {
        return KubeYaml.get(mapping, "value");
    }

    /** The {@code valueFrom} source, when written and not null. */
    public Optional<YamlNode> valueFrom() {
        return KubeYaml.get(mapping, "valueFrom").filter(n -> !n.isNull());
    }

    /** The item as written: a mapping, or an alias to one. */
    public YamlNode item() {
        return sequence.items().get(index);
    }

    /** From the item's dash (block) or start (flow) to its end. */
    public Range itemRange() {
        return sequence.itemRange(index);
    }

    /** Where a finding about the whole variable goes: its {@code name} value, else the item. */
    public Range nameRange() {
        return nameEntry().map(e -> e.value().isNull() ? e.range() : e.value().range()).orElseGet(this::itemRange);
    }
}
