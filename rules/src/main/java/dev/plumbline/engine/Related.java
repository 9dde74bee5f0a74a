package dev.plumbline.engine;

import dev.plumbline.text.Range;
import java.util.Objects;
import java.util.Optional;

/**
 * A place that explains a finding: the first definition a duplicate repeats, the instruction that
 * overrides another, the other half of a cycle. Editors show it under the diagnostic and jump to it.
 *
 * @param uri the file it is in, or empty for the finding's own file
 * @param range where in that file
 * @param message what it is, e.g. "first defined here"
 */
public record Related(Optional<String> uri, Range range, String message) {

    public Related {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    /** A place in the finding's own file. */
    public static Related here(Range range, String message) {
        return new Related(Optional.empty(), range, message);
    }

    /** A place in another file. */
    public static Related in(String uri, Range range, String message) {
        return new Related(Optional.of(uri), range, message);
    }

    /** Moved down by {@code lines} lines with its finding, when it lies in the same file. */
    Related shiftLines(int lines) {
        return lines == 0 || uri.isPresent() ? this : new Related(uri, range.shiftLines(lines), message);
    }
}
