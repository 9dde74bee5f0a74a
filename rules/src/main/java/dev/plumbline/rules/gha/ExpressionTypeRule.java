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
 * Type errors in expressions: a property that GitHub's fixed contexts do not have, property access
 * on a string, an object or array written into a string, a comparison with an object that is always
 * false. The checks themselves are the expression model's ({@code WorkflowExpressions#problems()}).
 */
public final class ExpressionTypeRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/expression-type", "Expression has a type error",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "expression"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionProblems.report(context, ExpressionProblem.Kind.TYPE);
    }
}
