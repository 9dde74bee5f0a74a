package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;

/** A sequence with its items in document order; block items also know where their {@code -} is. */
public final class YamlSequence extends BaseNode implements YamlNode {

    private final List<YamlNode> items;
    /** Segment offset of each block item's dash; -1 for flow items. */
    private final int[] dashes;
    private final boolean flow;

    YamlSequence(Source source, int fullStart, int start, int end, String anchor, String tag, List<YamlNode> items,
            int[] dashes, boolean flow, long expandedSize) {
        super(source, fullStart, start, end, anchor, tag, expandedSize);
        this.items = List.copyOf(items);
        this.dashes = dashes.clone();
        this.flow = flow;
    }

    public List<YamlNode> items() {
        return items;
    }

    public Optional<YamlNode> get(int index) {
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** True for {@code [...]} style. */
    public boolean isFlow() {
        return flow;
    }

    /** The {@code -} of a block item; empty for flow items. */
    public Optional<Range> dashRange(int index) {
        int dash = dashes[index];
        return dash < 0 ? Optional.empty() : Optional.of(source.range(dash, dash + 1));
    }

    /** The whole item: from its dash (block) or its first property (flow) to its end. */
    public Range itemRange(int index) {
        Range item = items.get(index).fullRange();
        Range value = items.get(index).range();
        return dashes[index] < 0 ? new Range(item.start(), value.end())
                : new Range(source.position(dashes[index]), value.end());
    }

    int[] dashOffsets() {
        return dashes.clone();
    }

    /** Segment offset of a block item's dash, -1 for a flow item. */
    int dashOffset(int index) {
        return dashes[index];
    }

    @Override
    public List<YamlNode> children() {
        return items;
    }

    @Override
    public String toString() {
        return "YamlSequence[" + range() + " " + items.size() + " items]";
    }
}
