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
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/** With {@code dockerfile.strictLabels: true}, a label that {@code dockerfile.labelSchema} does not list. */
public final class LabelNotInSchemaRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/label-not-in-schema", "Label not in the schema",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3050"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<LabelSchema> schema = LabelSchema.of(context.config()).filter(LabelSchema::strict);
        if (schema.isEmpty()) {
            return;
        }
        for (Labels.Label label : Labels.all(context.model())) {
            if (schema.get().types().containsKey(label.key()) || label.key().contains("$")) {
                continue;
            }
            context.report(label.pair().key().range(), "Label \"" + label.key()
                            + "\" is not in dockerfile.labelSchema, and strictLabels allows no others")
                    .fix("Delete the label", deletion(context.document(), label));
        }
    }

    /** The pair with the blank before it, or the whole LABEL when it is the only pair. */
    private static TextEdit deletion(TextDocument doc, Labels.Label label) {
        KeyValueInstruction instruction = label.instruction();
        List<KeyValueInstruction.Pair> pairs = instruction.pairs();
        int index = pairs.indexOf(label.pair());
        if (pairs.size() == 1) {
            LineIndex lines = doc.lineIndex();
            int end = instruction.endLine() + 1 < lines.lineCount() ? lines.lineStart(instruction.endLine() + 1)
                    : doc.text().length();
            return new TextEdit(doc.rangeOf(lines.lineStart(instruction.startLine()), end), "");
        }
        int start = index == 0 ? label.pair().key().startOffset() : pairs.get(index - 1).value().endOffset();
        int end = index == 0 ? pairs.get(1).key().startOffset() : label.pair().value().endOffset();
        return new TextEdit(doc.rangeOf(start, Math.max(start, end)), "");
    }
}
