package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ActionVersions;
import dev.plumbline.syntax.gha.KnownAction;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A popular action used at a major version that runs on a retired Node.js runtime or talks to a
 * shut-down backend (the bundled table's {@code supported-from}), e.g. {@code actions/checkout@v3}
 * or {@code actions/upload-artifact@v3}. The version comes from the tag, or from the version comment
 * of a SHA pin. A tag ref gets a fix that bumps it to the current major.
 */
public final class OutdatedActionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/outdated-action", "Action version on a retired runtime",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "action"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ActionVersions versions = ActionVersions.of(context.model());
        for (UsesRef uses : context.model().uses()) {
            context.checkCanceled();
            if (uses.hasExpression() || uses.scalar().isEmpty()) {
                continue;
            }
            Optional<KnownAction> known = KnownActions.lookup(uses);
            OptionalInt major = versions.major(uses);
            if (known.isEmpty() || major.isEmpty() || !known.get().isRetired(major.getAsInt())) {
                continue;
            }
            KnownAction action = known.get();
            String version = versions.version(uses).orElse("");
            String current = action.currentMajor().isPresent() ? "v" + action.currentMajor().getAsInt()
                    : "v" + action.supportedFrom().getAsInt();
            Range range = uses.refRange().orElseThrow();
            var report = context.report(range, "\"" + uses.name() + "\" " + version + " is outdated: versions before v"
                    + action.supportedFrom().getAsInt() + " " + action.retiredReason() + "; use " + uses.name() + "@"
                    + current + " (or its commit SHA)");
            if (uses.isVersionTag() && context.document().textOf(range).equals(uses.ref().orElse(""))) {
                report.fix("Bump to " + current, new TextEdit(range, current));
            }
        }
    }
}
