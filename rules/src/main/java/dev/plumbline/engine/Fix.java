package dev.plumbline.engine;

import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Objects;

/**
 * A quick fix: a title the editor shows and edits that all refer to the analysed text. Applying them
 * must leave a file that still parses and no longer has the finding.
 */
public record Fix(String title, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(title, "title");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    public static Fix of(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits));
    }
}
