package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A remote action or reusable workflow whose repository is archived (the bundled list, e.g.
 * {@code actions/create-release}, {@code actions-rs/*}): it gets no fixes, no security updates and
 * no runtime upgrades. The message names the replacement.
 */
public final class ArchivedActionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/archived-action", "Action repository is archived",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "archived-uses"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (UsesRef uses : context.model().uses()) {
            if (!uses.isRemote() || uses.hasExpression() || uses.repository().isEmpty() || uses.scalar().isEmpty()) {
                continue;
            }
            String repository = uses.repository().get();
            KnownActions.archivedReplacement(repository).ifPresent(replacement ->
                    context.report(uses.rangeOf(0, repository.length()), "\"" + repository + "\" is archived and gets"
                            + " no fixes or runtime updates; use " + replacement + " instead"));
        }
    }
}
