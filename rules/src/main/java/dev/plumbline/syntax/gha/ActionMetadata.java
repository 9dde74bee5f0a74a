package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An action's metadata file ({@code action.yml}): name, description, inputs, outputs and
 * {@code runs}. The {@code runs.steps} of a composite action are {@link Step}s like a job's.
 */
public final class ActionMetadata {

    private final YamlMapping mapping;
    private final List<Step> steps;

    ActionMetadata(YamlMapping mapping, TextDocument document) {
        this.mapping = mapping;
        Optional<YamlSequence> sequence = runs().flatMap(r -> r.getSequence("steps"));
        this.steps = sequence.map(seq -> Step.all(null, this, seq, document)).orElse(List.of());
    }

    /** The root mapping. */
    public YamlMapping mapping() {
        return mapping;
    }

    public Optional<YamlNode> get(String key) {
        return mapping.get(key);
    }

    public Optional<YamlScalar> name() {
        return mapping.getScalar("name").filter(s -> !s.isNull());
    }

    public Optional<YamlScalar> description() {
        return mapping.getScalar("description").filter(s -> !s.isNull());
    }

    public Optional<YamlMapping> inputs() {
        return mapping.getMapping("inputs");
    }

    public Optional<YamlMapping> outputs() {
        return mapping.getMapping("outputs");
    }

    public Optional<YamlMapping> runs() {
        return mapping.getMapping("runs");
    }

    /** {@code runs.using}: {@code composite}, {@code docker}, {@code node20} … */
    public Optional<YamlScalar> using() {
        return runs().flatMap(r -> r.getScalar("using")).filter(s -> !s.isNull());
    }

    public boolean isComposite() {
        return using().map(s -> s.value().trim().toLowerCase(Locale.ROOT).equals("composite")).orElse(false);
    }

    /** {@code runs.steps}, whatever {@code using} says (a composite action's steps). */
    public List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return "ActionMetadata[" + steps.size() + " steps]";
    }
}
