package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ExpressionWalk;
import dev.plumbline.rules.gha.support.ValueEdits;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprNode.Binary;
import dev.plumbline.syntax.gha.expr.ExprNode.Operator;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.text.TextEdit;
import java.util.Set;

/**
 * {@code cond && value || fallback} used as a ternary where {@code value} can be falsy (an empty
 * string, 0, false, null, or a context value that may be empty): then {@code fallback} wins even
 * when {@code cond} is true. Boolean logic in {@code if:} and between comparisons is not a ternary.
 * The fix rewrites it with {@code case()}.
 */
public final class UnsoundTernaryRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unsound-ternary", "&& || used as a ternary with a falsy value",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unsound-ternary"));

    static final String FIX_TITLE = "Rewrite with case()";
    private static final Set<String> BOOLEAN_FUNCTIONS = Set.of("contains", "startswith", "endswith", "success",
            "always", "cancelled", "failure");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionWalk.each(context.model(), (site, expression, tree, node) -> {
            if (site.place().condition() || !(node instanceof Binary or) || or.operator() != Operator.OR
                    || !(or.left() instanceof Binary and) || and.operator() != Operator.AND) {
                return;
            }
            ExprNode value = and.right();
            if (isBoolean(value) || !mayBeFalsy(value)
                    || (or.right() instanceof ExprNode.Literal fallback && fallback.isFalsy())
                    || guaranteedBy(and.left(), value, expression)) {
                return; // a falsy fallback gives the same empty result the value would
            }
            String why = value instanceof ExprNode.Literal ? "is always falsy" : "can be empty or false";
            RuleContext<WorkflowFile>.Report report = context.report(site.rangeOf(or), "\"" + expression.textOf(value)
                    + "\" " + why + ", so \"" + expression.textOf(or.right()) + "\" is used even when \""
                    + expression.textOf(and.left()) + "\" is true; write case(" + expression.textOf(and.left()) + ", "
                    + expression.textOf(value) + ", " + expression.textOf(or.right()) + ")");
            ValueEdits.verbatim(site.scalar(), or.start(), or.end(), context.document()).ifPresent(range ->
                    report.fix(FIX_TITLE, new TextEdit(range, caseText(expression, and.left(), value, or.right()))));
        });
    }

    private static String caseText(Expression expression, ExprNode condition, ExprNode value, ExprNode fallback) {
        return "case(" + expression.textOf(condition) + ", " + expression.textOf(value) + ", "
                + expression.textOf(fallback) + ")";
    }

    /**
     * False for values that are never empty: truthy literals, {@code toJSON()}, a {@code format()}
     * with literal text, SHAs, ids, numbers and the run's fixed facts.
     */
    private static boolean mayBeFalsy(ExprNode node) {
        if (node instanceof ExprNode.Literal literal) {
            return literal.isFalsy();
        }
        if (node instanceof ExprNode.Call call) {
            if (call.key().equals("tojson")) {
                return false;
            }
            if (call.key().equals("format") && !call.arguments().isEmpty()
                    && call.arguments().get(0) instanceof ExprNode.Literal f && f.string().isPresent()) {
                return f.string().get().replaceAll("\\{\\d+\\}", "").isEmpty();
            }
            return true;
        }
        return node.path().map(path -> {
            String last = path.key(path.size() - 1);
            return !(NEVER_EMPTY.contains(path.normalized()) || last.equals("number") || last.equals("id")
                    || last.equals("sha") || last.endsWith("_id") || last.endsWith("_number") || last.endsWith("_sha"));
        }).orElse(true);
    }

    private static final Set<String> NEVER_EMPTY = Set.of("github.sha", "github.ref", "github.repository",
            "github.repository_owner", "github.workflow", "github.job", "github.event_name", "github.actor",
            "github.server_url", "github.api_url", "github.run_attempt", "runner.os", "runner.arch", "runner.temp",
            "github.workspace", "job.status");

    /**
     * True when the condition already makes the value non-empty: it tests the value itself
     * ({@code x && x || y}), or the value is the pull request's branch and the condition checks for a
     * pull request event.
     */
    private static boolean guaranteedBy(ExprNode condition, ExprNode value, Expression expression) {
        String text = expression.textOf(value).replaceAll("\\s+", "");
        java.util.Deque<ExprNode> conjuncts = new java.util.ArrayDeque<>();
        conjuncts.push(condition);
        while (!conjuncts.isEmpty()) {
            ExprNode c = conjuncts.pop();
            if (c instanceof Binary b && b.operator() == Operator.AND) {
                conjuncts.push(b.left());
                conjuncts.push(b.right());
            } else if (expression.textOf(c).replaceAll("\\s+", "").equals(text)) {
                return true;
            }
        }
        boolean branch = value.path().map(p -> p.normalized().equals("github.head_ref")
                || p.normalized().equals("github.base_ref")).orElse(false);
        return branch && expression.textOf(condition).contains("pull_request");
    }

    /** Comparisons, negations and boolean functions: {@code &&}/{@code ||} over them is logic. */
    private static boolean isBoolean(ExprNode node) {
        if (node instanceof Binary binary) {
            return binary.operator().isComparison() || isBoolean(binary.left()) && isBoolean(binary.right());
        }
        if (node instanceof ExprNode.Not) {
            return true;
        }
        return node instanceof ExprNode.Call call && BOOLEAN_FUNCTIONS.contains(call.key());
    }
}
