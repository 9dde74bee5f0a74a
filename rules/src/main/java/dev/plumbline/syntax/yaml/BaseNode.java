package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.Optional;

/** What every node shares: where it is in its segment, its properties and its expanded size. */
abstract class BaseNode {

    final Source source;
    /** Segment offsets: properties start, value start, value end. */
    final int fullStart;
    final int start;
    final int end;
    private final String anchor;
    private final String tag;
    /** Nodes this one stands for once every alias below it is expanded (saturating). */
    final long expandedSize;

    BaseNode(Source source, int fullStart, int start, int end, String anchor, String tag, long expandedSize) {
        this.source = source;
        this.fullStart = Math.min(fullStart, start);
        this.start = start;
        this.end = Math.max(start, end);
        this.anchor = anchor;
        this.tag = tag;
        this.expandedSize = expandedSize;
    }

    /** Memoized: rules ask for ranges far more often than nodes are built (a benign race at worst). */
    private Range range;

    public Range range() {
        Range result = range;
        if (result == null) {
            result = source.range(start, end);
            range = result;
        }
        return result;
    }

    public Range fullRange() {
        return source.range(fullStart, end);
    }

    public Optional<String> anchor() {
        return Optional.ofNullable(anchor);
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** The source text of {@link #range()}. */
    public String sourceText() {
        return source.text.substring(start, end);
    }
}
