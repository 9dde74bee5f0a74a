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
import dev.plumbline.syntax.gha.expr.ExprNode.Literal;
import dev.plumbline.text.TextEdit;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code if:} that trusts a bot by comparing {@code github.actor} or
 * {@code github.triggering_actor} with a {@code [bot]} login. The actor is whoever caused the latest
 * event: anyone who re-runs the workflow, or pushes to the bot's pull request branch at the right
 * moment, passes as the bot. The pull request's author ({@code github.event.pull_request.user.login})
 * cannot be changed that way.
 */
public final class BotConditionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/bot-condition", "Condition trusts a spoofable bot actor",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "bot-conditions"));

    static final String FIX_TITLE = "Compare github.event.pull_request.user.login instead";
    private static final Set<String> ACTORS = Set.of("github.actor", "github.triggering_actor");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ExpressionWalk.each(context.model(), (site, expression, tree, node) -> {
            if (!site.place().condition() || !(node instanceof Binary binary)
                    || binary.operator() != ExprNode.Operator.EQ) {
                return;
            }
            Optional<ExprNode> actor = actorSide(binary.left(), binary.right())
                    .or(() -> actorSide(binary.right(), binary.left()));
            if (actor.isEmpty()) {
                return;
            }
            RuleContext<WorkflowFile>.Report report = context.report(site.rangeOf(binary), "\"" + expression.textOf(actor.get())
                    + "\" is whoever caused the latest event and can pass as the bot (a re-run, a push to its branch);"
                    + " check the pull request's author: github.event.pull_request.user.login");
            ValueEdits.verbatim(site.scalar(), actor.get().start(), actor.get().end(), context.document())
                    .ifPresent(range -> report.fix(FIX_TITLE, new TextEdit(range, "github.event.pull_request.user.login")));
        });
    }

    /** {@code actor} when it reads the actor and {@code other} is a {@code [bot]} login literal. */
    private static Optional<ExprNode> actorSide(ExprNode actor, ExprNode other) {
        boolean readsActor = actor.path().map(p -> ACTORS.contains(p.normalized())).orElse(false);
        boolean bot = other instanceof Literal literal && literal.string().map(s -> s.endsWith("[bot]")).orElse(false);
        return readsActor && bot ? Optional.of(actor) : Optional.empty();
    }
}
