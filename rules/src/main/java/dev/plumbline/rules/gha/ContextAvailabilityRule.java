package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ExpressionProblems;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExpressionProblem;

/**
 * An unknown context, or a context or special function used at a key where GitHub does not provide
 * it (secrets in if:, env in a job's env, success() outside if:, hashFiles() outside steps). The
 * checks themselves are the expression model's ({@code WorkflowExpressions#problems()}).
 */
public final class ContextAvailabilityRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/context-availability", "Context or function not available here",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "expression"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionProblems.report(context, ExpressionProblem.Kind.AVAILABILITY);
    }
}
