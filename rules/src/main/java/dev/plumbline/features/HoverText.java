package dev.plumbline.features;

import dev.plumbline.text.Range;
import java.util.Objects;

/** What to show when the pointer rests on {@code range}: Markdown in our own words. */
public record HoverText(String markdown, Range range) {

    public HoverText {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(range, "range");
    }
}
