package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping with its entries in document order. Duplicate keys are kept (the document reports them
 * as problems); lookups by key return the last one, as YAML loaders do. Merge keys {@code <<} stay
 * ordinary entries; {@link #withMerges()} resolves them.
 */
public final class YamlMapping extends BaseNode implements YamlNode {

    /** Merge chains deeper than this are not followed (each level needs its own anchor). */
    static final int MAX_MERGE_DEPTH = 64;

    private final List<YamlEntry> entries;
    private final boolean flow;
    private final boolean mergeKeys; // every lookup through KubeYaml asks; entries never change

    YamlMapping(Source source, int fullStart, int start, int end, String anchor, String tag, List<YamlEntry> entries,
            boolean flow, long expandedSize) {
        super(source, fullStart, start, end, anchor, tag, expandedSize);
        this.entries = List.copyOf(entries);
        this.flow = flow;
        this.mergeKeys = this.entries.stream().anyMatch(YamlEntry::isMergeKey);
    }

    public List<YamlEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** True for {@code {...}} style. */
    public boolean isFlow() {
        return flow;
    }

    /** The value of the last entry whose key is {@code key}. */
    public Optional<YamlNode> get(String key) {
        return entry(key).map(YamlEntry::value);
    }

    /** The last entry whose key is {@code key}. */
    public Optional<YamlEntry> entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).hasKey(key)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every entry whose key is {@code key}, in document order (more than one means a duplicate). */
    public List<YamlEntry> entries(String key) {
        return entries.stream().filter(e -> e.hasKey(key)).toList();
    }

    public boolean has(String key) {
        return entry(key).isPresent();
    }

    public Optional<YamlMapping> getMapping(String key) {
        return get(key).flatMap(YamlNode::asMapping);
    }

    public Optional<YamlSequence> getSequence(String key) {
        return get(key).flatMap(YamlNode::asSequence);
    }

    public Optional<YamlScalar> getScalar(String key) {
        return get(key).flatMap(YamlNode::asScalar);
    }

    /** The scalar value under {@code key}; empty when absent or not a scalar (a null scalar gives its text). */
    public Optional<String> getText(String key) {
        return get(key).flatMap(YamlNode::asText);
    }

    /** The scalar keys in document order (duplicates repeated). */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (YamlEntry entry : entries) {
            entry.keyText().ifPresent(keys::add);
        }
        return keys;
    }

    /**
     * This mapping holding only {@code entries} (some of its own, in order), for analysing part of a
     * document; its range stays the whole mapping's.
     */
    public YamlMapping withEntries(List<YamlEntry> entries) {
        return new YamlMapping(source, fullStart, start, end, anchor().orElse(null), tag().orElse(null), entries, flow,
                expandedSize);
    }

    public boolean hasMergeKeys() {
        return mergeKeys;
    }

    /**
     * This mapping with its merge keys resolved as YAML 1.1 defines them: own entries first and
     * winning, then entries of {@code <<: *a} or {@code <<: [*a, *b]} (earlier sources win), merges of
     * merged mappings included. Inherited entries keep their own (anchor-side) positions. Returns
     * this mapping itself when it has no merge key.
     */
    public YamlMapping withMerges() {
        return withMerges(0);
    }

    private YamlMapping withMerges(int depth) {
        if (!hasMergeKeys() || depth > MAX_MERGE_DEPTH) {
            return this;
        }
        List<YamlEntry> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlEntry entry : entries) {
            if (!entry.isMergeKey()) {
                merged.add(entry);
                entry.keyText().ifPresent(seen::add);
            }
        }
        for (YamlEntry entry : entries) {
            if (!entry.isMergeKey()) {
                continue;
            }
            YamlNode value = entry.value().resolve();
            List<YamlNode> sources = value instanceof YamlSequence seq ? seq.items() : List.of(value);
            for (YamlNode sourceNode : sources) {
                if (!(sourceNode.resolve() instanceof YamlMapping from)) {
                    continue;
                }
                for (YamlEntry inherited : from.withMerges(depth + 1).entries()) {
                    Optional<String> key = inherited.keyText();
                    if (key.isEmpty() || seen.add(key.get())) {
                        merged.add(inherited);
                    }
                }
            }
        }
        return new YamlMapping(source, fullStart, start, end, anchor().orElse(null), tag().orElse(null), merged, flow,
                expandedSize);
    }

    @Override
    public List<YamlNode> children() {
        List<YamlNode> children = new ArrayList<>(entries.size() * 2);
        for (YamlEntry entry : entries) {
            children.add(entry.key());
            children.add(entry.value());
        }
        return children;
    }

    @Override
    public String toString() {
        return "YamlMapping[" + range() + " " + keys() + "]";
    }
}
