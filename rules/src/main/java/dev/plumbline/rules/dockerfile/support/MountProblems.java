package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What BuildKit rejects in a {@code RUN --mount=…} value: unknown types, keys and sharing modes, and
 * fields that are not {@code key=value}. (A missing target is fine: BuildKit mounts at the working directory.)
 */
public final class MountProblems {

    /** One problem and the span it is about. */
    public record Problem(Range range, String message) {
    }

    private static final Set<String> TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final Set<String> SHARING = Set.of("shared", "private", "locked");
    /** Keys after {@link Mount}'s renaming ({@code dst}, {@code destination} → target, {@code src} → source). */
    private static final Set<String> KEYS = Set.of("type", "from", "source", "target", "readonly", "ro", "readwrite",
            "rw", "required", "id", "sharing", "mode", "uid", "gid", "size", "env");
    private static final List<String> WRITTEN_KEYS = List.of("type", "from", "source", "src", "target", "dst",
            "destination", "readonly", "ro", "readwrite", "rw", "required", "id", "sharing", "mode", "uid", "gid",
            "size", "env");
    private static final Set<String> BARE = Set.of("readonly", "ro", "readwrite", "rw", "required");

    private MountProblems() {
    }

    public static List<Problem> of(Flag flag, TextDocument document) {
        List<Problem> out = new ArrayList<>();
        if (flag.valueWord().isEmpty() || flag.valueWord().get().value().isEmpty()) {
            return out; // a missing value is reported as such
        }
        Word word = flag.valueWord().get();
        Range whole = word.range();
        Mount mount = Mount.parse(flag, document);
        boolean plain = word.text().equals(word.value()) && word.text().indexOf('"') < 0
                && word.endOffset() - word.startOffset() == word.text().length();
        if (plain) {
            // keys are only checked where they sit verbatim in the document
            int offset = word.startOffset();
            for (String item : word.text().split(",", -1)) {
                int eq = item.indexOf('=');
                String key = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                Range range = document.rangeOf(offset, offset + (eq < 0 ? item.length() : eq));
                if (item.isBlank()) {
                    offset += item.length() + 1;
                    continue; // left alone: harmless in practice
                }
                if (eq < 0 && !BARE.contains(key)) {
                    out.add(new Problem(range, "Mount option \"" + item + "\" must be written key=value"));
                } else if (!KEYS.contains(key) && !key.equals("src") && !key.equals("dst") && !key.equals("destination")) {
                    List<String> nearest = Suggestions.nearest(key, WRITTEN_KEYS, 2);
                    out.add(new Problem(range, "Unknown mount option \"" + key + "\""
                            + (nearest.isEmpty() ? "" : "; did you mean " + String.join(" or ", nearest) + "?")));
                }
                offset += item.length() + 1;
            }
        }
        String type = mount.type();
        if (mount.field("type").filter(f -> !f.value().contains("$")).isPresent() && !TYPES.contains(type)) {
            Mount.Field field = mount.field("type").get();
            out.add(new Problem(field.valueRange(), "Unknown mount type \"" + field.value()
                    + "\"; use bind, cache, tmpfs, secret or ssh"));
        }
        mount.field("sharing").filter(f -> !f.value().contains("$"))
                .filter(f -> !SHARING.contains(f.value().toLowerCase(Locale.ROOT)))
                .ifPresent(f -> out.add(new Problem(f.valueRange(), "Unknown sharing mode \"" + f.value()
                        + "\"; use shared, private or locked")));
        return out;
    }
}
