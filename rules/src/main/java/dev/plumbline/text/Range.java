package dev.plumbline.text;

/** A half-open span [start, end) between two {@link Position}s; {@code start <= end}. */
public record Range(Position start, Position end) {

    public Range {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("range start " + start + " is after end " + end);
        }
    }

    public static Range of(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    public static Range empty(Position at) {
        return new Range(at, at);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    /** True when {@code position} lies inside the range or on either end. */
    public boolean contains(Position position) {
        return !position.isBefore(start) && !position.isAfter(end);
    }

    public boolean contains(Range other) {
        return contains(other.start) && contains(other.end);
    }

    /** True when the two ranges share at least one position (touching ends count). */
    public boolean intersects(Range other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** The same range moved down by {@code lines} lines (negative moves up). */
    public Range shiftLines(int lines) {
        return Range.of(start.line() + lines, start.character(), end.line() + lines, end.character());
    }

    /** 1-based {@code line:col-line:col}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
