package dev.plumbline.rules.gha.support;

import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Adds an entry to a step's {@code env:} (or {@code with:}), keeping the file's indentation, line breaks and style:
 * into the existing mapping, into a null {@code env:}, or as a new {@code env:} block at the end of
 * the step. A step written through an alias, or whose {@code env} is an expression, gets no edit.
 */
public final class StepEnvEdits {

    private StepEnvEdits() {
    }

    /** The edit that adds {@code name: value} to the step's env ({@code value} is the string, quoted here as needed). */
    public static Optional<TextEdit> add(Step step, String name, String value, TextDocument document, YamlNode root) {
        return addTo(step, "env", name, value, true, document, root);
    }

    /**
     * The edit that adds {@code name: value} under the step's {@code key} ({@code env}, {@code with}),
     * creating that mapping when the step has none; {@code quote} renders {@code value} as a YAML
     * string, otherwise it is written as given ({@code false}).
     */
    public static Optional<TextEdit> addTo(Step step, String key, String name, String value, boolean quote,
            TextDocument document, YamlNode root) {
        if (!(step.node() instanceof YamlMapping mapping)) {
            return Optional.empty();
        }
        boolean flow = mapping.isFlow() || mapping.get(key).flatMap(YamlNode::asMapping).map(YamlMapping::isFlow)
                .orElse(false);
        return addAll(step, key, List.of(NewEntry.scalar(name, quote ? yamlScalar(value, flow) : value)), document,
                root);
    }

    /** As {@link #addTo}, for several entries at once (values written as given). */
    public static Optional<TextEdit> addAll(Step step, String key, List<NewEntry> entries, TextDocument document,
            YamlNode root) {
        if (!(step.node() instanceof YamlMapping mapping) || entries.isEmpty()) {
            return Optional.empty();
        }
        int indent = MappingEdits.indentStep(mapping, root);
        Optional<YamlEntry> env = mapping.entry(key);
        if (env.isEmpty()) {
            return MappingEdits.append(mapping, List.of(NewEntry.mapping(key, entries.toArray(NewEntry[]::new))),
                    document, indent);
        }
        YamlNode envValue = env.get().value();
        if (envValue.isNull()) {
            return MappingEdits.fillNull(env.get(), mapping.isFlow(), entries, document, indent);
        }
        if (envValue instanceof YamlMapping envMapping) {
            return envMapping.isEmpty() && !envMapping.isFlow() ? Optional.empty()
                    : MappingEdits.append(envMapping, entries, document, indent);
        }
        return Optional.empty();
    }

    /** A scalar written so YAML reads it back as {@code text}: plain when that is safe, else single-quoted. */
    public static String yamlScalar(String text, boolean flow) {
        boolean plainSafe = !text.isEmpty() && !(flow && (text.contains("{") || text.contains("}")
                || text.contains("[") || text.contains("]") || text.contains(",")))
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && !text.contains("\n") && "{[&*!|>'\"%@`#,?-:".indexOf(text.charAt(0)) < 0
                && !text.startsWith(" ") && !text.endsWith(" ");
        return plainSafe ? text : "'" + text.replace("'", "''") + "'";
    }
}
