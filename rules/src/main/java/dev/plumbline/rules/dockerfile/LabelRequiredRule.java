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
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.TextEdit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A label of {@code dockerfile.labelSchema} that the final stage chain never sets. */
public final class LabelRequiredRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/label-required", "Required label missing",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3049"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<LabelSchema> schema = LabelSchema.of(context.config());
        Dockerfile dockerfile = context.model();
        if (schema.isEmpty() || dockerfile.stages().isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        Labels.finalChain(dockerfile).forEach(label -> present.add(label.key()));
        Stage last = dockerfile.stages().get(dockerfile.stages().size() - 1);
        Instruction anchor = anchor(last);
        String keyword = last.from().keyword().text();
        String label = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "label" : "LABEL";
        for (String key : schema.get().types().keySet()) {
            if (present.contains(key)) {
                continue;
            }
            String inserted = context.document().lineSeparator() + label + " " + key + "=\"\"";
            context.report(last.from().keyword().range(), "The final image has no label \"" + key
                            + "\", which dockerfile.labelSchema requires")
                    .fix("Add LABEL " + key, TextEdit.insert(context.document().positionAt(anchor.line().endOffset()), inserted));
        }
    }

    /** Where a new LABEL goes: after the stage's last LABEL, else after its FROM. */
    private static Instruction anchor(Stage stage) {
        Instruction anchor = stage.from();
        for (Instruction instruction : stage.instructions()) {
            if (instruction.is("LABEL")) {
                anchor = instruction;
            }
        }
        return anchor;
    }
}
