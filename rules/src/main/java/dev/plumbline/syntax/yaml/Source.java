package dev.plumbline.syntax.yaml;

import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.Arrays;

/**
 * The text of one document segment and how its offsets become file positions. Segments always start
 * at column 0, so a position is the segment-relative one moved down by {@link #startLine}. Offsets
 * are UTF-16 indexes into {@link #text}; snakeyaml's marks count code points and go through
 * {@link #offsetOfCodePoint}.
 */
final class Source {

    final String text;
    final LineIndex lines;
    final int startLine;
    /** Code-point indexes of the supplementary characters (surrogate pairs), ascending; computed on first use. */
    private int[] supplementary;

    Source(String text, int startLine) {
        this(text, LineIndex.of(text), startLine);
    }

    /** @param lines the index of {@code text}, when the caller has one already (a whole file's) */
    Source(String text, LineIndex lines, int startLine) {
        this.text = text;
        this.lines = lines;
        this.startLine = startLine;
    }

    private Source(Source same, int startLine) {
        this.text = same.text;
        this.lines = same.lines;
        this.startLine = startLine;
        this.supplementary = same.supplementary;
    }

    /** The same text starting on another file line (offsets stay; positions move). */
    Source movedTo(int newStartLine) {
        return new Source(this, newStartLine);
    }

    /** Only the parser asks (a spliced document's own source is never parsed); a racy publish computes the same array. */
    private int[] supplementary() {
        int[] result = supplementary;
        if (result == null) {
            result = supplementaryIndexes(text);
            supplementary = result;
        }
        return result;
    }

    private static int[] supplementaryIndexes(String text) {
        int[] found = new int[0];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = codePoint;
                i += 2;
            } else {
                i++;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** The UTF-16 offset of snakeyaml's code-point index {@code codePointIndex}, clamped into the text. */
    int offsetOfCodePoint(int codePointIndex) {
        int[] pairs = supplementary();
        int before = Arrays.binarySearch(pairs, codePointIndex);
        int pairsBefore = before >= 0 ? before : -before - 1;
        return Math.max(0, Math.min(text.length(), codePointIndex + pairsBefore));
    }

    Position position(int offset) {
        Position local = lines.positionAt(offset);
        return new Position(startLine + local.line(), local.character());
    }

    Range range(int start, int end) {
        return new Range(position(start), position(Math.max(start, end)));
    }

    /** The segment offset of a file position, or -1 when it lies outside this segment. */
    int offsetAt(Position position) {
        int line = position.line() - startLine;
        if (line < 0 || line >= lines.lineCount()) {
            return -1;
        }
        return lines.offsetAt(new Position(line, position.character()), text);
    }

    int lineOf(int offset) {
        return lines.lineOf(offset);
    }

    int lineStart(int localLine) {
        return lines.lineStart(localLine);
    }

    int lineContentEnd(int localLine) {
        return lines.lineContentEnd(localLine, text);
    }

    int lineCount() {
        return lines.lineCount();
    }

    /** The last file line holding text of this segment (a final line break does not open another). */
    int lastLine() {
        int count = lines.lineCount();
        boolean endsWithBreak = count > 1 && lines.lineStart(count - 1) == text.length();
        return startLine + count - (endsWithBreak ? 2 : 1);
    }
}
