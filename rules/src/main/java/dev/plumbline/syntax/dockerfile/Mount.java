package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code RUN --mount=type=cache,target=/root/.cache/pip,…} specification: comma-separated
 * {@code key=value} fields (a field may be CSV-quoted).
 */
public final class Mount {

    /**
     * One field.
     *
     * @param key lower case; {@code dst}/{@code destination} are reported as {@code target}, {@code src} as {@code source}
     * @param value the value
     * @param valueRange the value in the document (the whole flag value when it cannot be narrowed)
     */
    public record Field(String key, String value, Range valueRange) {
    }

    private final Flag flag;
    private final List<Field> fields;

    private Mount(Flag flag, List<Field> fields) {
        this.flag = flag;
        this.fields = List.copyOf(fields);
    }

    /** Parses the value of a {@code --mount} flag. */
    public static Mount parse(Flag flag, TextDocument document) {
        List<Field> fields = new ArrayList<>();
        Optional<Word> valueWord = flag.valueWord();
        if (valueWord.isEmpty()) {
            return new Mount(flag, fields);
        }
        Word word = valueWord.get();
        String value = word.value();
        boolean linear = word.text().equals(value) && word.endOffset() - word.startOffset() == value.length();
        int i = 0;
        while (i <= value.length()) {
            int start = i;
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            if (i < value.length() && value.charAt(i) == '"') {
                quoted = true;
                i++;
                while (i < value.length()) {
                    char c = value.charAt(i);
                    if (c == '"') {
                        if (i + 1 < value.length() && value.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                while (i < value.length() && value.charAt(i) != ',') {
                    i++;
                }
            } else {
                while (i < value.length() && value.charAt(i) != ',') {
                    field.append(value.charAt(i));
                    i++;
                }
            }
            int end = i;
            String text = field.toString();
            int eq = text.indexOf('=');
            String key = (eq < 0 ? text : text.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String fieldValue = eq < 0 ? "" : text.substring(eq + 1);
            Range range = word.range();
            if (linear && !quoted && eq >= 0) {
                int from = word.startOffset() + start + eq + 1;
                range = document.rangeOf(from, word.startOffset() + end);
            }
            if (!key.isEmpty()) {
                fields.add(new Field(canonical(key), fieldValue, range));
            }
            i++; // the comma
        }
        return new Mount(flag, fields);
    }

    private static String canonical(String key) {
        return switch (key) {
            case "dst", "destination" -> "target";
            case "src" -> "source";
            default -> key;
        };
    }

    public Flag flag() {
        return flag;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).reduce((a, b) -> b);
    }

    /** The mount type; Docker's default is {@code bind}. */
    public String type() {
        return field("type").map(f -> f.value().toLowerCase(Locale.ROOT)).orElse("bind");
    }

    public Optional<Field> target() {
        return field("target");
    }

    /** The stage, stage index or image the mount reads from. */
    public Optional<Field> from() {
        return field("from");
    }
}
