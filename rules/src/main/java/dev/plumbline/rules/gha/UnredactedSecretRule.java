package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.AccessPath;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprTree;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import java.util.Optional;

/**
 * A secret parsed as structured data, {@code fromJSON(secrets.X).y}: GitHub masks a secret's whole
 * value in logs, not the values inside it, so {@code .y} is printed in clear wherever it appears.
 */
public final class UnredactedSecretRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unredacted-secret", "Secret parsed as JSON escapes log masking",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unredacted-secrets"));

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
                    if (node instanceof ExprNode.Call call && call.key().equals("fromjson") && call.arguments().size() == 1
                            && readsSecret(call.arguments().get(0))) {
                        Optional<ExprNode> access = tree.parent(call).filter(p -> p instanceof ExprNode.Property
                                || (p instanceof ExprNode.Index index && index.receiver() == call));
                        access.ifPresent(a -> context.report(site.rangeOf(a), "\"" + expression.textOf(a) + "\" reads a"
                                + " value out of a JSON secret; log masking covers only the whole secret, so this value"
                                + " is printed in clear. Store it as a secret of its own"));
                    }
                });
            }
        }
    }

    private static boolean readsSecret(ExprNode node) {
        return node.path().map(AccessPath::context).map("secrets"::equals).orElse(false);
    }
}
