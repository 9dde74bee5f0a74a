package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code key=value} fields of a {@code --mount} value as written, each with its place, for the
 * editor (the model's {@code Mount} canonicalises keys; here the spelling under the cursor matters).
 */
final class MountFields {

    /** One field: the key as written (lower case), its value, the whole field's range and the value's range. */
    record Field(String key, String value, Range range, Range valueRange, int startOffset, int endOffset) {
    }

    private MountFields() {
    }

    /** The fields of {@code word} when it is written plainly (no quotes or escapes); empty otherwise. */
    static List<Field> of(Word word, TextDocument document) {
        List<Field> out = new ArrayList<>();
        String text = word.text();
        if (!text.equals(word.value()) || word.endOffset() - word.startOffset() != text.length()) {
            return out;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            String field = text.substring(start, end);
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            int from = word.startOffset() + start;
            int to = word.startOffset() + end;
            int valueFrom = eq < 0 ? to : from + eq + 1;
            out.add(new Field(key, eq < 0 ? "" : field.substring(eq + 1), document.rangeOf(from, to),
                    document.rangeOf(valueFrom, to), from, to));
            start = end + 1;
        }
        return out;
    }

    /** The field at document offset {@code offset}. */
    static Optional<Field> at(Word word, TextDocument document, int offset) {
        return of(word, document).stream().filter(f -> f.startOffset() <= offset && offset <= f.endOffset()).findFirst();
    }
}
