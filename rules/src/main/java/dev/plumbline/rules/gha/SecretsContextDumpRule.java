package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprTree;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import java.util.Optional;

/**
 * The whole {@code secrets} context used as a value: {@code toJSON(secrets)}, {@code secrets.*},
 * {@code secrets[<computed name>]}. Every secret the workflow can see is then loaded into the job,
 * where one compromised step can read them all, instead of only the named ones.
 */
public final class SecretsContextDumpRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/secrets-context-dump", "Whole secrets context exposed",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "overprovisioned-secrets"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (ExpressionSite site : context.model().expressions().sites()) {
            for (Expression expression : site.expressions()) {
                if (expression.root() == null) {
                    continue;
                }
                ExprTree tree = ExprTree.of(expression.root());
                expression.root().walk(node -> {
                    if (node instanceof ExprNode.ContextRef ref && ref.key().equals("secrets")) {
                        exposure(node, tree).ifPresent(exposed -> context.report(site.rangeOf(exposed), "\""
                                + expression.textOf(exposed) + "\" exposes every secret the workflow can see; name"
                                + " the secrets you need (secrets.NAME)"));
                    }
                });
            }
        }
    }

    /** The node that uses the whole context, or empty when {@code secrets} is read by a literal name. */
    private static Optional<ExprNode> exposure(ExprNode secrets, ExprTree tree) {
        Optional<ExprNode> parent = tree.parent(secrets);
        if (parent.isEmpty()) {
            return Optional.of(secrets);
        }
        ExprNode p = parent.get();
        if (p instanceof ExprNode.Property) {
            return Optional.empty();
        }
        if (p instanceof ExprNode.Index index && index.receiver() == secrets) {
            return index.index() instanceof ExprNode.Literal ? Optional.empty() : Optional.of(index);
        }
        if (p instanceof ExprNode.Filter filter) {
            return Optional.of(filter);
        }
        if (p instanceof ExprNode.Call call) {
            return Optional.of(call);
        }
        return Optional.of(secrets);
    }
}
