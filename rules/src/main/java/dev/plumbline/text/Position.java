package dev.plumbline.text;

/**
 * A place in a document: 0-based line and 0-based column counted in UTF-16 code units, which is
 * what Java strings and LSP (by default) count.
 */
public record Position(int line, int character) implements Comparable<Position> {

    public Position {
        if (line < 0 || character < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + character);
        }
    }

    public static Position of(int line, int character) {
        return new Position(line, character);
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    public boolean isBefore(Position other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Position other) {
        return compareTo(other) > 0;
    }

    /** 1-based {@code line:column}, as editors show it in their status bar. */
    @Override
    public String toString() {
        return (line + 1) + ":" + (character + 1);
    }
}
