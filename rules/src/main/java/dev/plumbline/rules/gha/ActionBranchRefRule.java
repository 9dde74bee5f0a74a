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
 * A remote action or reusable workflow used at a branch or another moving target: {@code main},
 * {@code master}, {@code HEAD}, {@code latest}, or any ref shaped like neither a version nor a
 * commit SHA. Reported under every pinning policy; {@link UnpinnedActionRule} then leaves the ref
 * alone.
 */
public final class ActionBranchRefRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/action-branch-ref", "Action used at a branch", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unpinned-uses"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (UsesRef uses : context.model().uses()) {
            if (isBranchRef(uses)) {
                String what = uses.isWorkflow() ? "Reusable workflow" : "Action";
                context.report(uses.refRange().orElseThrow(), what + " \"" + uses.value() + "\" is used at \""
                        + uses.ref().orElse("") + "\", a branch that moves with every push; pin a commit SHA (or at"
                        + " least a release tag): " + uses.name() + "@<commit SHA> # <version>");
            }
        }
    }

    /** True for a remote ref that is neither a version-shaped tag nor a (full or short) commit SHA. */
    static boolean isBranchRef(UsesRef uses) {
        if (!uses.isRemote() || uses.hasExpression() || uses.repository().isEmpty() || uses.scalar().isEmpty()) {
            return false;
        }
        String ref = uses.ref().orElse("");
        return !ref.isEmpty() && !uses.isFullSha() && !uses.isVersionTag() && !uses.isShortSha()
                && !ref.matches("[0-9a-fA-F]{7,40}");
    }
}
