package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ExpressionWalk;
import dev.plumbline.rules.gha.support.UntrustedInputs;
import dev.plumbline.rules.gha.support.ValueEdits;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.AccessPath;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.text.TextEdit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code contains('<literal list>', <value>)} used as a membership test on a value an outsider can
 * choose (a branch or tag name, an actor, untrusted event text): {@code contains} on a string is a
 * substring test, so {@code 'main'} or even {@code 'ma'} passes {@code contains('refs/heads/main
 * refs/heads/release', github.ref)}. The fix tests membership in a real array.
 */
public final class UnsoundContainsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unsound-contains", "contains() on a string used as a membership test",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "unsound-contains"));

    static final String FIX_TITLE = "Test membership in an array with fromJSON()";
    private static final Set<String> CHOSEN = Set.of("github.ref", "github.ref_name", "github.head_ref",
            "github.base_ref", "github.actor", "github.triggering_actor");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionWalk.each(context.model(), (site, expression, tree, node) -> {
            if (!(node instanceof ExprNode.Call call) || !call.key().equals("contains") || call.arguments().size() != 2
                    || !(call.arguments().get(0) instanceof ExprNode.Literal list) || list.string().isEmpty()) {
                return;
            }
            ExprNode item = call.arguments().get(1);
            Optional<AccessPath> path = item.path();
            if (path.isEmpty() || !(CHOSEN.contains(path.get().normalized()) || UntrustedInputs.isUntrusted(path.get()))) {
                return;
            }
            List<String> items = Arrays.stream(list.string().get().split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
            RuleContext<WorkflowFile>.Report report = context.report(site.rangeOf(call), "contains() with the string "
                    + expression.textOf(list) + " tests whether \"" + expression.textOf(item) + "\" is a substring of"
                    + " it, which a chosen name can satisfy; test membership in an array: contains(fromJSON('[...]'), "
                    + expression.textOf(item) + ")");
            if (!items.isEmpty() && items.stream().noneMatch(s -> s.contains("\"") || s.contains("\\"))) {
                String array = items.stream().map(s -> "\"" + s.replace("'", "''") + "\"")
                        .collect(Collectors.joining(",", "fromJSON('[", "]')"));
                ValueEdits.verbatim(site.scalar(), list.start(), list.end(), context.document())
                        .ifPresent(range -> report.fix(FIX_TITLE, new TextEdit(range, array)));
            }
        });
    }
}
