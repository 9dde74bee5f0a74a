package dev.plumbline.syntax.shell;

import dev.plumbline.text.Range;

/**
 * One token with its place in the document: in a Dockerfile a keyword, an argument, a flag part or
 * a JSON array element; in any script a shell word. {@code text} is the source as the parser saw it
 * (continuations removed, quotes kept); {@code value} is what it means with quotes and escapes
 * removed (variables are not expanded).
 * Offsets are document offsets (UTF-16), {@code range} is the same span as a {@link Range}.
 */
public record Word(String text, String value, int startOffset, int endOffset, Range range) {

    /** True when the value equals {@code other}, ignoring case. */
    public boolean is(String other) {
        return value.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return text + "@" + range;
    }
}
