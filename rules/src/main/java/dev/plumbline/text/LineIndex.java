package dev.plumbline.text;

import java.util.Arrays;

/**
 * Line-start offsets of a text, converting offsets to {@link Position}s and back. Line breaks are
 * {@code \n}, {@code \r\n} and a lone {@code \r}, as in LSP. Immutable; {@link #afterEdit} builds
 * the index of an edited text by rescanning only the replaced span.
 */
public final class LineIndex {

    private final int[] starts;
    private final int lineCount;
    private final int length;

    private LineIndex(int[] starts, int lineCount, int length) {
        this.starts = starts;
        this.lineCount = lineCount;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(starts, count, n);
    }

    /**
     * The index of {@code newText}, which is this index's text with [{@code start}, {@code end})
     * replaced by {@code inserted}. Lines before and after the edit are reused.
     */
    public LineIndex afterEdit(int start, int end, String inserted, CharSequence newText) {
        if (start < 0 || start > end || end > length || newText.length() != length - (end - start) + inserted.length()) {
            throw new IllegalArgumentException("edit [" + start + "," + end + ") does not fit a text of length " + length);
        }
        int delta = inserted.length() - (end - start);
        int keepBefore = firstStartAtOrAfter(start);          // starts < start are unaffected
        int firstAfter = firstStartAtOrAfter(end + 1);        // starts > end only shift
        int[] fresh = new int[inserted.length() + 1];
        int freshCount = 0;
        int scanEnd = start + inserted.length();
        for (int p = start; p <= scanEnd; p++) {
            if (isLineStart(newText, p)) {
                fresh[freshCount++] = p;
            }
        }
        int after = lineCount - firstAfter;
        int[] result = new int[keepBefore + freshCount + after];
        System.arraycopy(starts, 0, result, 0, keepBefore);
        System.arraycopy(fresh, 0, result, keepBefore, freshCount);
        for (int i = 0; i < after; i++) {
            result[keepBefore + freshCount + i] = starts[firstAfter + i] + delta;
        }
        return new LineIndex(result, result.length, newText.length());
    }

    private static boolean isLineStart(CharSequence text, int p) {
        if (p == 0) {
            return true;
        }
        char before = text.charAt(p - 1);
        return before == '\n' || (before == '\r' && (p == text.length() || text.charAt(p) != '\n'));
    }

    /** Index of the first line whose start offset is {@code >= offset} (lineCount if none). */
    private int firstStartAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, 0, lineCount, offset);
        return i >= 0 ? i : -i - 1;
    }

    public int lineCount() {
        return lineCount;
    }

    /** Length of the indexed text. */
    public int length() {
        return length;
    }

    public int lineStart(int line) {
        checkLine(line);
        return starts[line];
    }

    /** Offset just after the line's content and before its line break (if any). */
    public int lineContentEnd(int line, CharSequence text) {
        int end = lineEnd(line);
        if (end > starts[line] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > starts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Offset where the next line starts, or the text length for the last line. */
    public int lineEnd(int line) {
        checkLine(line);
        return line + 1 < lineCount ? starts[line + 1] : length;
    }

    /** The line holding {@code offset}; offsets are clamped into the text. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, 0, lineCount, clamped);
        return i >= 0 ? i : -i - 2;
    }

    public Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int line = lineOf(clamped);
        return new Position(line, clamped - starts[line]);
    }

    /**
     * The offset of {@code position}. As LSP asks, a column past the end of its line means the end
     * of the line's content and a line past the end of the text means the end of the text.
     */
    public int offsetAt(Position position, CharSequence text) {
        if (position.line() >= lineCount) {
            return length;
        }
        int start = starts[position.line()];
        return Math.min(start + position.character(), lineContentEnd(position.line(), text));
    }

    private void checkLine(int line) {
        if (line < 0 || line >= lineCount) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineCount);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineIndex other
                && other.length == length
                && Arrays.equals(starts, 0, lineCount, other.starts, 0, other.lineCount);
    }

    @Override
    public int hashCode() {
        return 31 * length + lineCount;
    }

    @Override
    public String toString() {
        return "LineIndex" + Arrays.toString(Arrays.copyOf(starts, lineCount));
    }
}
