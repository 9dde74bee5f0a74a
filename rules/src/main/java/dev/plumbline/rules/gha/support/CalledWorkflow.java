package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * What a workflow in {@code .github/workflows/} offers its callers: whether it can be called at all
 * ({@code on.workflow_call}) and the inputs, secrets and outputs it declares. Indexed for every
 * workflow file so callers are checked without parsing the callee.
 *
 * @param callable true when the workflow has an {@code on: workflow_call} trigger
 * @param inputs declared inputs by name
 * @param secrets declared secrets by name, to whether they are required
 * @param outputs declared output names
 */
public record CalledWorkflow(boolean callable, Map<String, Input> inputs, Map<String, Boolean> secrets,
        Set<String> outputs) {

    /** One declared input: its type ({@code string} when unset), and whether a caller must pass it. */
    public record Input(String type, boolean required, boolean hasDefault) {

        /** Required and without a default: the caller must pass it. */
        public boolean mustBePassed() {
            return required && !hasDefault;
        }
    }

    public static final FactsExtractor<CalledWorkflow> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<CalledWorkflow> type() {
            return CalledWorkflow.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.matches("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");
        }

        @Override
        public Optional<CalledWorkflow> extract(String relativePath, String text) {
            WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
            return file.workflow().map(w -> of(w.trigger("workflow_call")));
        }
    };

    static CalledWorkflow of(Optional<Trigger> call) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        Map<String, Boolean> secrets = new LinkedHashMap<>();
        Set<String> outputs = new LinkedHashSet<>();
        Optional<YamlMapping> settings = call.flatMap(Trigger::settingsMapping);
        settings.flatMap(s -> s.getMapping("inputs")).ifPresent(m -> {
            for (YamlEntry entry : m.entries()) {
                entry.keyText().ifPresent(name -> {
                    Optional<YamlMapping> def = entry.value().asMapping();
                    String type = def.flatMap(d -> d.getScalar("type")).filter(s -> !s.isNull()).map(YamlScalar::value)
                            .orElse("string");
                    boolean required = def.flatMap(d -> d.getScalar("required")).flatMap(YamlScalar::asBoolean).orElse(false);
                    boolean hasDefault = def.map(d -> d.get("default").map(v -> !v.isNull()).orElse(false)).orElse(false);
                    inputs.put(name, new Input(type, required, hasDefault));
                });
            }
        });
        settings.flatMap(s -> s.getMapping("secrets")).ifPresent(m -> m.entries().forEach(entry -> entry.keyText()
                .ifPresent(name -> secrets.put(name, entry.value().asMapping().flatMap(d -> d.getScalar("required"))
                        .flatMap(YamlScalar::asBoolean).orElse(false)))));
        settings.flatMap(s -> s.getMapping("outputs")).ifPresent(m -> m.keys().forEach(outputs::add));
        return new CalledWorkflow(call.isPresent(), Map.copyOf(inputs), Map.copyOf(secrets), Set.copyOf(outputs));
    }
}
