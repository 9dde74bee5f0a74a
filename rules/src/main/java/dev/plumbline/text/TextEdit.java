package dev.plumbline.text;

import java.util.Objects;

/** Replace the text in {@code range} with {@code newText}; an empty range inserts. */
public record TextEdit(Range range, String newText) {

    public TextEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(newText, "newText");
    }

    public static TextEdit insert(Position at, String text) {
        return new TextEdit(Range.empty(at), text);
    }

    public static TextEdit delete(Range range) {
        return new TextEdit(range, "");
    }
}
