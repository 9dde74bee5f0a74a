package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.ActionMetadata;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an action's metadata file ({@code action.yml} / {@code action.yaml}) in the repository offers
 * the steps that use it: its inputs. Indexed for every such file so callers are checked without
 * parsing it.
 *
 * @param inputs declared inputs by name (as written)
 * @param inputsComplete false when {@code inputs:} is not a plain mapping (then nothing is checked)
 */
public record LocalAction(Map<String, Input> inputs, boolean inputsComplete) {

    /** One declared input. */
    public record Input(boolean required, boolean hasDefault, Optional<String> deprecation) {

        /** Required and without a default: a step must pass it. */
        public boolean mustBePassed() {
            return required && !hasDefault;
        }
    }

    public static final FactsExtractor<LocalAction> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<LocalAction> type() {
            return LocalAction.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.matches("(.*/)?action\\.ya?ml") && WorkflowFile.kindOf(relativePath) == WorkflowFile.Kind.ACTION;
        }

        @Override
        public Optional<LocalAction> extract(String relativePath, String text) {
            WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
            return file.action().map(LocalAction::of);
        }
    };

    static LocalAction of(ActionMetadata action) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        boolean complete = action.get("inputs").map(n -> n.isNull() || n.asMapping().isPresent()).orElse(true);
        action.inputs().ifPresent(m -> {
            for (YamlEntry entry : m.entries()) {
                entry.keyText().ifPresent(name -> {
                    Optional<YamlMapping> def = entry.value().asMapping();
                    boolean required = def.flatMap(d -> d.getScalar("required")).flatMap(YamlScalar::asBoolean)
                            .orElse(false);
                    boolean hasDefault = def.map(d -> d.get("default").map(v -> !v.isNull()).orElse(false)).orElse(false);
                    Optional<String> deprecation = def.flatMap(d -> d.getScalar("deprecationMessage"))
                            .filter(s -> !s.isNull()).map(YamlScalar::value);
                    inputs.put(name, new Input(required, hasDefault, deprecation));
                });
            }
        });
        return new LocalAction(Map.copyOf(inputs), complete);
    }
}
