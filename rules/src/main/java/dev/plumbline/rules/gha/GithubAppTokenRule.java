package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Optional;

/**
 * {@code actions/create-github-app-token} minting a broader or longer-lived token than the job
 * needs: {@code skip-token-revoke: true} (the token outlives the job), {@code owner} without
 * {@code repositories} (every repository of the installation), or no {@code permission-*} inputs
 * (every permission the app has).
 */
public final class GithubAppTokenRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/github-app-token", "GitHub App token broader than needed",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "github-app"));

    private static final String ACTION = "actions/create-github-app-token";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            if (!KnownActions.uses(step, ACTION)) {
                continue;
            }
            Optional<YamlMapping> with = step.with();
            KnownActions.input(step, "skip-token-revoke").filter(v -> v.value().trim().equalsIgnoreCase("true"))
                    .ifPresent(v -> context.report(v.range(), "\"skip-token-revoke: true\" keeps the app token valid"
                            + " for an hour after the job ends; let the action revoke it"));
            Optional<YamlEntry> owner = with.flatMap(w -> w.entry("owner"));
            if (owner.isPresent() && with.map(w -> !w.has("repositories")).orElse(true)) {
                context.report(owner.get().key().range(), "\"owner\" without \"repositories\" gives the token access"
                        + " to every repository the app is installed on; list the repositories the job needs");
            }
            boolean scoped = with.map(w -> w.keys().stream().anyMatch(k -> k.startsWith("permission-"))).orElse(false);
            if (!scoped) {
                context.report(step.usesScalar().orElseThrow().range(), "The app token gets every permission the app"
                        + " has; request only what the job needs with permission-<scope> inputs (e.g."
                        + " permission-contents: read)");
            }
        }
    }
}
