package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.Locale;
import java.util.Optional;

/**
 * A step {@code uses: ./path} in a job before any step that puts the repository on the runner
 * (actions/checkout, a {@code git clone}/{@code git checkout}, downloaded artifacts): the workspace
 * is still empty then, so the action is not found. The {@code $/path} form needs no checkout and is
 * exempt; composite actions' steps run after their caller's checkout and are not checked.
 */
public final class LocalActionBeforeCheckoutRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/local-action-before-checkout", "Local action used before checkout",
            Severity.ERROR, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            for (Step step : job.steps()) {
                if (bringsFiles(step)) {
                    break;
                }
                Optional<UsesRef> uses = step.uses();
                if (uses.isPresent() && uses.get().kind() == UsesRef.Kind.LOCAL_ACTION && !uses.get().isSelfRepository()
                        && !uses.get().hasExpression()) {
                    context.report(uses.get().range(), "This local action runs before any step of job \"" + job.id()
                            + "\" checks out the repository, so its folder is not there yet; add actions/checkout"
                            + " before it (or use the \"$/…\" form, which needs no checkout)");
                }
            }
        }
    }

    private static boolean bringsFiles(Step step) {
        Optional<String> name = KnownActions.name(step);
        if (name.isPresent() && (name.get().equals("actions/checkout") || name.get().endsWith("download-artifact")
                || name.get().contains("checkout") || name.get().contains("clone"))) {
            return true;
        }
        return step.run().map(r -> r.value().toLowerCase(Locale.ROOT))
                .map(t -> t.contains("git clone") || t.contains("git checkout") || t.contains("git fetch")
                        || t.contains("gh repo clone") || t.contains("git init"))
                .orElse(false);
    }
}
