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
 * A step, needed job, output, input or matrix key the workflow does not define at that place.
 * Secrets, vars and env are never flagged: they may be defined outside the file. The checks
 * themselves are the expression model's ({@code WorkflowExpressions#problems()}).
 */
public final class UndefinedReferenceRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/undefined-reference",
            "Reference to something the workflow does not define", Severity.ERROR, Language.GITHUB_ACTIONS,
            PeerId.of(PeerId.ACTIONLINT, "expression"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionProblems.report(context, ExpressionProblem.Kind.REFERENCE);
    }
}
