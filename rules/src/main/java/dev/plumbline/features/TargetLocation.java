package dev.plumbline.features;

import dev.plumbline.text.Range;
import java.util.Objects;

/** A place a name points to: a range in this document or, for cross-file links, in another one. */
public record TargetLocation(String uri, Range range) {

    public TargetLocation {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(range, "range");
    }
}
