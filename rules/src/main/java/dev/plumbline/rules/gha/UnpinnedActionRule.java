package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A remote action or reusable workflow whose ref can move. Policy {@code gha.actionPinning}:
 * {@code sha} (default) accepts only a full commit SHA; {@code tag} also accepts version-shaped tags
 * ({@code v4}, {@code v4.1.2}), never branches. Local paths and {@code docker://} images are out of
 * scope; values with expressions or without {@code owner/repo} are malformed and left to the
 * {@code uses:} format check; branch refs and short SHAs are {@link ActionBranchRefRule}'s and
 * {@link ShortShaRefRule}'s. No quick fix: resolving a tag to its commit needs the network.
 */
public final class UnpinnedActionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unpinned-action", "Action not pinned to a commit SHA",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-uses"));

    static final String OPTION = "gha.actionPinning";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        boolean tagsAllowed = context.config().stringOption(OPTION).map("tag"::equals).orElse(false);
        for (UsesRef uses : context.model().uses()) {
            context.checkCanceled();
            if (!uses.isRemote() || uses.hasExpression() || uses.repository().isEmpty() || uses.isFullSha()
                    || uses.ref().orElse("").isEmpty()) {
                // a missing or empty @ref is malformed: gha/invalid-uses reports it
                continue;
            }
            if ((tagsAllowed && uses.isVersionTag()) || ActionBranchRefRule.isBranchRef(uses)
                    || ShortShaRefRule.isShortSha(uses)) {
                continue; // branches and short SHAs have rules of their own
            }
            String what = uses.isWorkflow() ? "Reusable workflow" : "Action";
            String ref = uses.ref().orElse("");
            if (tagsAllowed) {
                context.report(uses.refRange().orElseThrow(), what + " \"" + uses.value() + "\" is pinned to \"" + ref
                        + "\", which is not a version tag; pin a version tag or a full commit SHA: "
                        + uses.name() + "@<commit SHA> # <version>");
            } else {
                context.report(uses.refRange().orElseThrow(), what + " \"" + uses.value()
                        + "\" is not pinned to a full commit SHA; pin it: " + uses.name() + "@<commit SHA> # " + ref);
            }
        }
    }
}
