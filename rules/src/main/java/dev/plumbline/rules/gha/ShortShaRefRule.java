package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A remote action or reusable workflow referenced by an abbreviated commit SHA (7 to 39 hex
 * characters). GitHub no longer resolves short SHAs in {@code uses:}, so the job fails to start;
 * and a short SHA could be matched by another commit an attacker pushes.
 */
public final class ShortShaRefRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/short-sha-ref", "Action pinned to a short SHA", Severity.ERROR,
            Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (UsesRef uses : context.model().uses()) {
            if (isShortSha(uses)) {
                String ref = uses.ref().orElse("");
                context.report(uses.refRange().orElseThrow(), (uses.isWorkflow() ? "Reusable workflow" : "Action") + " \""
                        + uses.value() + "\" is pinned to the abbreviated SHA \"" + ref + "\", which GitHub does not"
                        + " resolve; use the full 40-character commit SHA");
            }
        }
    }

    static boolean isShortSha(UsesRef uses) {
        return uses.isRemote() && !uses.hasExpression() && uses.repository().isPresent() && uses.scalar().isPresent()
                && uses.isShortSha();
    }
}
