package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to get from a document's root to a position: the mapping entries and sequence items that
 * contain it, outermost first, and the innermost node there. {@link #toString()} reads like
 * {@code spec.template.spec.containers[0].image}.
 */
public final class YamlPath {

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_$<>-]+");

    /** One step down: into a mapping entry or a sequence item. */
    public sealed interface Step permits Key, Index {
        /** The whole entry or item, from its key or dash to its end. */
        Range range();
    }

    /** A step into {@code entry} of {@code mapping}. */
    public record Key(YamlMapping mapping, YamlEntry entry) implements Step {
        /** The key's text ("" for a collection key). */
        public String key() {
            return entry.keyText().orElse("");
        }

        @Override
        public Range range() {
            return entry.range();
        }
    }

    /** A step into item {@code index} of {@code sequence}. */
    public record Index(YamlSequence sequence, int index) implements Step {
        public YamlNode item() {
            return sequence.items().get(index);
        }

        @Override
        public Range range() {
            return sequence.itemRange(index);
        }
    }

    private final List<Step> steps;
    private final YamlNode node;
    private final boolean onKey;

    YamlPath(List<Step> steps, YamlNode node, boolean onKey) {
        this.steps = List.copyOf(steps);
        this.node = node;
        this.onKey = onKey;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The innermost node containing the position (a key scalar when {@link #onKey()}). */
    public YamlNode node() {
        return node;
    }

    /** True when the position is on the key of the last step's entry. */
    public boolean onKey() {
        return onKey;
    }

    /** The innermost entry or item containing the position. */
    public Optional<Step> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The innermost mapping entry containing the position. */
    public Optional<YamlEntry> entry() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof Key key) {
                return Optional.of(key.entry());
            }
        }
        return Optional.empty();
    }

    /** The keys and indexes, e.g. {@code [spec, containers, 0, image]} as strings and integers. */
    public List<Object> segments() {
        return steps.stream().map(s -> s instanceof Key k ? (Object) k.key() : (Object) ((Index) s).index()).toList();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Key key) {
                String k = key.key();
                if (SIMPLE_KEY.matcher(k).matches()) {
                    out.append(out.length() == 0 ? "" : ".").append(k);
                } else {
                    out.append("[\"").append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            } else {
                out.append('[').append(((Index) step).index()).append(']');
            }
        }
        return out.toString();
    }
}
