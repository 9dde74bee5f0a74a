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
 * A call of a function GitHub does not have, with the wrong number or types of arguments, a
 * format() string whose placeholders do not match its values, or a fromJSON() literal that is not
 * JSON. The checks themselves are the expression model's ({@code WorkflowExpressions#problems()}).
 */
public final class UnknownFunctionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unknown-function", "Unknown function or bad arguments",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "expression"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionProblems.report(context, ExpressionProblem.Kind.FUNCTION);
    }
}
