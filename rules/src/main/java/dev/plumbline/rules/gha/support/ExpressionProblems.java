package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExpressionProblem;
import dev.plumbline.text.TextEdit;

/** Reports the expression problems of one kind, each with its "replace with" fix when it has one. */
public final class ExpressionProblems {

    private ExpressionProblems() {
    }

    public static void report(RuleContext<WorkflowFile> context, ExpressionProblem.Kind kind) {
        for (ExpressionProblem problem : context.model().expressions().problems(kind)) {
            context.checkCanceled();
            RuleContext<WorkflowFile>.Report report = context.report(problem.range(), problem.message());
            problem.fix().ifPresent(replacement -> ValueEdits.verbatim(problem.site().scalar(), problem.start(),
                    problem.end(), context.document()).ifPresent(range ->
                            report.fix("Replace with \"" + replacement + "\"", new TextEdit(range, replacement))));
        }
    }
}
