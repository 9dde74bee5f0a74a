package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprTree;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.syntax.gha.expr.ExpressionSite;

/** Visits every node of every valid expression of a file, with its site, expression and parents. */
public final class ExpressionWalk {

    /** What a visitor is given for each node. */
    public interface Visitor {
        void visit(ExpressionSite site, Expression expression, ExprTree tree, ExprNode node);
    }

    private ExpressionWalk() {
    }

    public static void each(WorkflowFile file, Visitor visitor) {
        for (ExpressionSite site : file.expressions().sites()) {
            for (Expression expression : site.expressions()) {
                if (expression.root() == null) {
                    continue;
                }
                ExprTree tree = ExprTree.of(expression.root());
                expression.root().walk(node -> visitor.visit(site, expression, tree, node));
            }
        }
    }
}
