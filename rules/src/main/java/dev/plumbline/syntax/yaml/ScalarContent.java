package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * A scalar's value with the place in the file each of its characters comes from, for rules that
 * look inside values (shell scripts in {@code run:}, expressions, image references).
 *
 * <p>When {@link #exact()} is true every character written in the file maps to its exact source
 * span (an escape such as {@code \n} maps to the whole escape); a line break kept in the value maps
 * to the source line break it stands for, and a space produced by folding maps to the line break it
 * replaced. That holds for plain, single- and double-quoted, literal and folded scalars, multi-line
 * and with any chomping or indentation indicator, whenever our re-reading of the source reproduces
 * snakeyaml's value character for character (it is checked on every scalar). When it does not,
 * {@link #exact()} is false and every offset maps to the whole scalar's range.
 */
public final class ScalarContent {

    /** One line of the value (split at {@code \n}). */
    public record Line(String text, int offset, Range range) {
    }

    private final Source source;
    private final String value;
    private final int[] starts;
    private final int[] ends;
    private final boolean exact;
    private final int emptyAt;
    private final int scalarStart;
    private final int scalarEnd;

    ScalarContent(Source source, String value, int[] starts, int[] ends, boolean exact, int emptyAt, int scalarStart,
            int scalarEnd) {
        this.source = source;
        this.value = value;
        this.starts = starts;
        this.ends = ends;
        this.exact = exact;
        this.emptyAt = emptyAt;
        this.scalarStart = scalarStart;
        this.scalarEnd = scalarEnd;
    }

    public String value() {
        return value;
    }

    /** True when every character maps to its own source span; false when all map to the scalar's range. */
    public boolean exact() {
        return exact;
    }

    /** Where value character {@code offset} starts; {@code value().length()} gives the end of the last one. */
    public Position positionAt(int offset) {
        if (!exact) {
            return source.position(scalarStart);
        }
        int o = Math.max(0, Math.min(offset, value.length()));
        if (value.isEmpty()) {
            return source.position(emptyAt);
        }
        return o < value.length() ? source.position(starts[o]) : source.position(ends[value.length() - 1]);
    }

    /** The file range of value characters [{@code start}, {@code end}). */
    public Range rangeOf(int start, int end) {
        if (!exact) {
            return source.range(scalarStart, scalarEnd);
        }
        int s = Math.max(0, Math.min(start, value.length()));
        int e = Math.max(s, Math.min(end, value.length()));
        if (s == e) {
            return Range.empty(positionAt(s));
        }
        return new Range(source.position(starts[s]), source.position(ends[e - 1]));
    }

    /** The value's lines with their offsets in the value and their ranges in the file. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        while (true) {
            int nl = value.indexOf('\n', from);
            int to = nl < 0 ? value.length() : nl;
            lines.add(new Line(value.substring(from, to), from, rangeOf(from, to)));
            if (nl < 0) {
                return lines;
            }
            from = nl + 1;
        }
    }
}
