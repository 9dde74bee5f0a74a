package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;

/**
 * A {@code #} comment.
 *
 * @param range from the {@code #} to the end of the line's content
 * @param text what follows the {@code #}, untrimmed
 * @param trailing true when something other than whitespace precedes it on its line
 */
public record YamlComment(Range range, String text, boolean trailing) {

    public int line() {
        return range.start().line();
    }

    /** True when the comment is alone on its line. */
    public boolean ownLine() {
        return !trailing;
    }
}
