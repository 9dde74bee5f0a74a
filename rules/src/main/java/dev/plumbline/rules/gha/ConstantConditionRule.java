package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Conditions;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code if:} that is a constant: {@code true}, {@code false}, {@code ${{ true }}} or
 * {@code ${{ false }}}. {@code if: true} does nothing (the fix removes it); {@code if: false} turns
 * the job or step off for good, which is better done by deleting it. Folding whole expressions to a
 * constant is left to the expression engine.
 */
public final class ConstantConditionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/constant-condition", "Condition that is a constant", Severity.HINT,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "if-cond"));

    static final String FIX_TITLE = "Remove the condition";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Conditions.Site site : Conditions.of(context.model())) {
            String value = site.value().value().trim();
            if (value.startsWith("${{") && value.endsWith("}}") && value.indexOf("${{", 3) < 0) {
                value = value.substring(3, value.length() - 2).trim();
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("true")) {
                var report = context.report(site.value().range(), "Condition is always true; remove it");
                removal(context.document(), site.entry()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
            } else if (lower.equals("false")) {
                context.report(site.value().range(), "Condition is always false, so this never runs; delete it"
                        + " rather than switching it off");
            }
        }
    }

    /** Deletes the {@code if:} line when the entry has its lines to itself. */
    private static Optional<TextEdit> removal(TextDocument document, YamlEntry entry) {
        Position start = entry.key().range().start();
        Position end = entry.range().end();
        if (!document.lineText(start.line()).substring(0, start.character()).isBlank()
                || !document.lineText(end.line()).substring(end.character()).isBlank()) {
            return Optional.empty();
        }
        int from = document.offsetAt(new Position(start.line(), 0));
        int to = end.line() + 1 < document.lineCount() ? document.offsetAt(new Position(end.line() + 1, 0))
                : document.text().length();
        return Optional.of(new TextEdit(document.rangeOf(from, to), ""));
    }
}
