package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Optional;

/** Edits inside a scalar's value that are safe only where the value is written in the file as is. */
public final class ValueEdits {

    private ValueEdits() {
    }

    /**
     * The file range of value characters {@code [start, end)} when they are written there verbatim
     * (no quotes doubled, no escapes, no folding in between), so replacing that range replaces exactly
     * those characters; empty otherwise.
     */
    public static Optional<Range> verbatim(YamlScalar scalar, int start, int end, TextDocument document) {
        if (!scalar.content().exact() || start > end || end > scalar.value().length()) {
            return Optional.empty();
        }
        Range range = scalar.content().rangeOf(start, end);
        String written = document.textOf(range);
        return written.equals(scalar.value().substring(start, end)) ? Optional.of(range) : Optional.empty();
    }
}
