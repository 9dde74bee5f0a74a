package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.LabelSchema;
import dev.plumbline.rules.dockerfile.support.Labels;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** A label whose value does not fit the type {@code dockerfile.labelSchema} gives it. */
public final class LabelSchemaValueRule implements Rule<Dockerfile> {

    static final RuleMeta META = new RuleMeta("dockerfile/label-schema-value", "Label value does not fit its schema type",
            Severity.WARNING, Language.DOCKERFILE,
            Arrays.stream(LabelSchema.Type.values()).map(LabelSchema.Type::peer)
                    .sorted(Comparator.comparing(PeerId::id)).toList(), true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<LabelSchema> schema = LabelSchema.of(context.config());
        if (schema.isEmpty()) {
            return;
        }
        for (Labels.Label label : Labels.all(context.model())) {
            LabelSchema.Type type = schema.get().types().get(label.key());
            String value = label.pair().value().value();
            if (type == null || value.contains("$")) {
                continue; // a variable is only known at build time
            }
            type.problem(value).ifPresent(problem -> context.report(
                            value.isEmpty() ? label.pair().key().range() : label.pair().value().range(),
                            "Label \"" + label.key() + "\" " + problem + " (dockerfile.labelSchema: "
                                    + type.name().toLowerCase(Locale.ROOT) + ")")
                    .peers(type.peer()));
        }
    }
}
