package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ExpressionWalk;
import dev.plumbline.rules.gha.support.ValueEdits;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprNode.Call;
import dev.plumbline.syntax.gha.expr.ExprNode.Literal;
import dev.plumbline.text.TextEdit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Needlessly roundabout forms that hide what a workflow does from readers and reviewers (and from
 * scanners that match plain forms): {@code fromJSON(toJSON(x))}, {@code format()} with only literal
 * arguments, and {@code uses:} paths with {@code //}, {@code .} or {@code ..} segments. Each gets a
 * fix to the plain form.
 */
public final class ObfuscatedExpressionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/obfuscated-expression", "Roundabout expression or uses: path",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "obfuscation"));

    static final String FIX_TITLE = "Simplify to the plain form";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionWalk.each(context.model(), (site, expression, tree, node) -> {
            if (!(node instanceof Call call)) {
                return;
            }
            String plain = null;
            String what = null;
            if (call.key().equals("fromjson") && call.arguments().size() == 1
                    && call.arguments().get(0) instanceof Call inner && inner.key().equals("tojson")
                    && inner.arguments().size() == 1) {
                plain = expression.textOf(inner.arguments().get(0));
                what = "fromJSON(toJSON(x)) is just x";
            } else if (call.key().equals("format") && !call.arguments().isEmpty()
                    && call.arguments().stream().allMatch(a -> a instanceof Literal)) {
                plain = formatted(call).map(s -> "'" + s.replace("'", "''") + "'").orElse(null);
                what = "format() with only literal arguments is a constant";
                if (plain == null) {
                    return;
                }
            }
            if (what == null) {
                return;
            }
            String replacement = plain;
            RuleContext<WorkflowFile>.Report report = context.report(site.rangeOf(call), what + "; write "
                    + replacement);
            ValueEdits.verbatim(site.scalar(), call.start(), call.end(), context.document())
                    .ifPresent(range -> report.fix(FIX_TITLE, new TextEdit(range, replacement)));
        });
        for (UsesRef uses : context.model().uses()) {
            usesPath(context, uses);
        }
    }

    /** The value of a {@code format()} of literals, empty when its placeholders do not match. */
    private static Optional<String> formatted(Call call) {
        List<ExprNode> args = call.arguments();
        Optional<String> format = ((Literal) args.get(0)).string();
        if (format.isEmpty()) {
            return Optional.empty();
        }
        String f = format.get();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < f.length() && f.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                int close = f.indexOf('}', i);
                if (close < 0 || !f.substring(i + 1, close).matches("\\d{1,3}")) {
                    return Optional.empty();
                }
                int index = Integer.parseInt(f.substring(i + 1, close)) + 1;
                if (index >= args.size()) {
                    return Optional.empty();
                }
                out.append(text((Literal) args.get(index)));
                i = close;
            } else if (c == '}') {
                return Optional.empty();
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    /** How GitHub writes a literal into a string. */
    private static String text(Literal literal) {
        return switch (literal.kind()) {
            case STRING -> (String) literal.value();
            case NULL -> "";
            case BOOLEAN -> literal.text();
            case NUMBER -> {
                double d = (Double) literal.value();
                yield d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
            }
        };
    }

    /** {@code uses:} whose path has empty, {@code .} or {@code ..} segments. */
    private static void usesPath(RuleContext<WorkflowFile> context, UsesRef uses) {
        if (uses.isDocker() || uses.hasExpression() || uses.scalar().isEmpty()) {
            return;
        }
        String name = uses.name();
        int from = uses.isLocal() ? 2 : 0;
        String path = name.substring(Math.min(from, name.length()));
        String[] segments = path.split("/", -1);
        boolean odd = false;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            odd |= s.equals(".") || s.equals("..") || (s.isEmpty() && i > 0 && i < segments.length - 1);
        }
        if (!odd) {
            return;
        }
        Optional<String> normalized = normalize(segments);
        RuleContext<WorkflowFile>.Report report = context.report(uses.rangeOf(from, name.length()), "The uses: path \""
                + path + "\" has empty, \".\" or \"..\" segments that hide what it points at"
                + normalized.map(n -> "; write \"" + n + "\"").orElse(""));
        normalized.ifPresent(n -> ValueEdits.verbatim(uses.scalar().get(), from, name.length(), context.document())
                .ifPresent(range -> report.fix(FIX_TITLE, new TextEdit(range, n))));
    }

    private static Optional<String> normalize(String[] segments) {
        Deque<String> out = new ArrayDeque<>();
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.removeLast();
            } else {
                out.addLast(s);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join("/", out));
    }
}
