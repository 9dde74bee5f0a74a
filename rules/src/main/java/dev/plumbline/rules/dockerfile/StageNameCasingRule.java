package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A stage name with uppercase letters; the fix lowercases it and every reference written literally. */
public final class StageNameCasingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/stage-name-casing", "Stage name is not lowercase", Severity.HINT,
            Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "StageNameCasing"));

    static final String FIX_TITLE = "Lowercase the stage name and its references";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            if (stage.from().stageName().isEmpty()) {
                continue;
            }
            Word name = stage.from().stageName().get();
            String lower = name.value().toLowerCase(Locale.ROOT);
            if (lower.equals(name.value())) {
                continue;
            }
            List<TextEdit> edits = new ArrayList<>();
            lowercase(dockerfile.document(), name.range(), name.value()).ifPresent(edits::add);
            for (StageGraph.StageReference reference : dockerfile.stageGraph().references()) {
                if (reference.target().index() == stage.index()) {
                    lowercase(dockerfile.document(), reference.range(), reference.written()).ifPresent(edits::add);
                }
            }
            var report = context.report(name.range(), "Stage name \"" + name.value() + "\" should be lowercase (\"" + lower + "\")");
            if (!edits.isEmpty()) {
                report.fix(new dev.plumbline.engine.Fix(FIX_TITLE, edits));
            }
        }
    }

    /** An edit lowering the text at {@code range} when it holds {@code written} exactly (no quotes or variables). */
    private static java.util.Optional<TextEdit> lowercase(TextDocument doc, Range range, String written) {
        String text = doc.text().substring(doc.offsetAt(range.start()), doc.offsetAt(range.end()));
        String lower = text.toLowerCase(Locale.ROOT);
        if (!text.equals(written) || text.indexOf('$') >= 0 || lower.equals(text)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TextEdit(range, lower));
    }
}
