package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlAlias;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One container of a pod spec: which list it is in, its index, where its item is written, and its
 * name, image and securityContext. Lookups follow aliases and merge keys; an item written as an alias
 * ({@code - *base}) is a container whose keys live at the anchor.
 */
public final class Container {

    private final PodSpec pod;
    private final ContainerList list;
    private final YamlSequence sequence;
    private final int index;
    private final YamlMapping mapping;

    Container(PodSpec pod, ContainerList list, YamlSequence sequence, int index, YamlMapping mapping) {
        this.pod = pod;
        this.list = list;
        this.sequence = sequence;
        this.index = index;
        this.mapping = mapping;
    }

    public PodSpec pod() {
        return pod;
    }

    public ContainerList list() {
        return list;
    }

    /** The container list's sequence. */
    public YamlSequence sequence() {
        return sequence;
    }

    /** The item's index in its list. */
    public int index() {
        return index;
    }

    /** The item as written: a mapping, or an alias to one. */
    public YamlNode item() {
        return sequence.items().get(index);
    }

    /** The container's mapping (an alias's target); look keys up through {@link #get} to follow merges. */
    public YamlMapping mapping() {
        return mapping;
    }

    /** True when the item is written as an alias, so its keys are written elsewhere. */
    public boolean isAlias() {
        return item() instanceof YamlAlias;
    }

    /** From the item's dash (block) or start (flow) to its end. */
    public Range itemRange() {
        return sequence.itemRange(index);
    }

    /** The item's {@code -}; empty in a flow sequence. */
    public Optional<Range> dashRange() {
        return sequence.dashRange(index);
    }

    /** The value of {@code key}, merge keys included. */
    public Optional<YamlNode> get(String key) {
        return KubeYaml.get(mapping, key);
    }

    /** The entry of {@code key}, merge keys included. */
    public Optional<YamlEntry> entry(String key) {
        return KubeYaml.entry(mapping, key);
    }

    /** The {@code name} entry written in this very item (not inherited, not behind an alias). */
    public Optional<YamlEntry> ownNameEntry() {
        return isAlias() ? Optional.empty() : mapping.entry("name");
    }

    public Optional<String> name() {
        return get("name").flatMap(YamlNode::asText).filter(n -> !n.isEmpty());
    }

    /** The {@code image} value when it is a scalar. */
    public Optional<YamlScalar> image() {
        return get("image").flatMap(YamlNode::asScalar);
    }

    public Optional<YamlEntry> securityContextEntry() {
        return entry("securityContext");
    }

    /** The container's own {@code securityContext} mapping (the pod-level one is {@link PodSpec#securityContext()}). */
    public Optional<YamlMapping> securityContext() {
        return get("securityContext").flatMap(YamlNode::asMapping);
    }

    /**
     * Where a finding about something this container lacks goes: its {@code name} entry (key and
     * value) when the item writes one, else the item's dash, else (flow item) the whole item.
     */
    public Range ownerRange() {
        return ownNameEntry().map(YamlEntry::range).orElseGet(() -> dashRange().orElseGet(this::itemRange));
    }

    /** True when {@code node} is written inside this item, so an edit there changes this container only. */
    public boolean writtenInside(YamlNode node) {
        Range item = itemRange();
        return !isAlias() && item.contains(node.fullRange().start()) && !node.range().end().isAfter(item.end());
    }

    /** How a message names it: {@code Container "web"}, {@code Init container "setup"}, {@code Container #2}. */
    public String describe() {
        return list.noun() + name().map(n -> " \"" + n + "\"").orElse(" #" + (index + 1));
    }

    /** The items of {@code ports} that are mappings, in order. */
    public List<ContainerPort> ports() {
        List<ContainerPort> out = new ArrayList<>();
        get("ports").flatMap(YamlNode::asSequence).ifPresent(seq -> {
            for (YamlNode item : seq.items()) {
                item.asMapping().map(ContainerPort::new).ifPresent(out::add);
            }
        });
        return out;
    }

    /** The probe of that kind, when the container has the key with a non-null value. */
    public Optional<Probe> probe(Probe.Kind kind) {
        return entry(kind.key()).filter(e -> !e.value().isNull()).map(e -> new Probe(this, kind, e));
    }

    /** The container's own {@code resources} mapping. */
    public Optional<YamlMapping> resources() {
        return get("resources").flatMap(YamlNode::asMapping);
    }

    /**
     * The entry that decides securityContext {@code field} for this container: its own non-null
     * value, else the pod-level one (only meaningful for fields that exist at both levels).
     */
    public Optional<SecuritySetting> effectiveSecurity(String field) {
        Optional<YamlEntry> own = securityContext().flatMap(sc -> KubeYaml.entry(sc, field)).filter(e -> !e.value().isNull());
        if (own.isPresent()) {
            return Optional.of(new SecuritySetting(own.get(), false));
        }
        return pod.securityContext().flatMap(sc -> KubeYaml.entry(sc, field)).filter(e -> !e.value().isNull())
                .map(e -> new SecuritySetting(e, true));
    }

    @Override
    public String toString() {
        return "Container[" + list.key() + "[" + index + "] " + name().orElse("?") + " " + itemRange() + "]";
    }
}
