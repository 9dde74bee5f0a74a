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
 * Expressions that cannot be parsed: a character or operator GitHub's expression language does not
 * have, an unbalanced parenthesis or bracket, a string in double quotes, or a ${{ that is never
 * closed. GitHub refuses the workflow. The checks themselves are the expression model's ({@code
 * WorkflowExpressions#problems()}).
 */
public final class ExpressionSyntaxRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/expression-syntax", "Expression does not parse",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "expression"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionProblems.report(context, ExpressionProblem.Kind.SYNTAX);
    }
}
