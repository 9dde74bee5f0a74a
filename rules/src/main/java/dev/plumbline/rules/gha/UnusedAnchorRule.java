package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Anchors;
import dev.plumbline.syntax.gha.WorkflowFile;

/** An anchor {@code &name} that no alias refers to: dead weight, or a sign the alias names another anchor. */
public final class UnusedAnchorRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unused-anchor", "Anchor that no alias uses", Severity.HINT,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    static final String FIX_TITLE = "Remove the anchor";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        context.model().root().ifPresent(root -> {
            Anchors anchors = Anchors.of(root, context.document());
            for (Anchors.Anchor anchor : anchors.anchors()) {
                if (anchors.aliasesOf(anchor).isEmpty() && anchors.aliases().stream()
                        .noneMatch(a -> a.target().isEmpty() && a.name().equals(anchor.name()))) {
                    context.report(anchor.start(), anchor.end(), "Anchor \"&" + anchor.name() + "\" is never used")
                            .fix(FIX_TITLE, Anchors.removal(anchor, context.document()));
                }
            }
        });
    }
}
