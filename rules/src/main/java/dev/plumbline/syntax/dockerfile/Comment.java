package dev.plumbline.syntax.dockerfile;

import dev.plumbline.text.Range;

/**
 * A comment line ({@code #} as its first non-blank character).
 *
 * @param text what follows the {@code #}, untrimmed
 * @param line the 0-based line
 * @param range from the {@code #} to the end of the line's content
 * @param startOffset the document offset of the {@code #}
 * @param insideInstruction true for a comment between the continuation lines of an instruction
 *     (Docker drops those); such a comment is never "above" an instruction
 */
public record Comment(String text, int line, Range range, int startOffset, boolean insideInstruction) {

    /** The comment text without the {@code #} and surrounding blanks. */
    public String content() {
        return text.strip();
    }
}
