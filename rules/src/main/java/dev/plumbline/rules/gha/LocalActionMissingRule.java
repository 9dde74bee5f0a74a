package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Optional;

/**
 * A step's {@code uses: ./path} (or {@code $/path}) where the repository has no {@code action.yml},
 * {@code action.yaml} or {@code Dockerfile}, unless an earlier step checks out another repository (or
 * downloads artifacts) into that path. Local reusable workflows are gha/missing-reusable-workflow's.
 * Needs the workspace index; quiet without it.
 */
public final class LocalActionMissingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/local-action-missing", "Local action not found", Severity.ERROR,
            Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        if (index.isEmpty()) {
            return;
        }
        for (Step step : context.model().steps()) {
            Optional<UsesRef> uses = step.uses();
            if (uses.isEmpty() || uses.get().kind() != UsesRef.Kind.LOCAL_ACTION || uses.get().hasExpression()
                    || uses.get().hasRef()) {
                continue;
            }
            String written = uses.get().path().orElse("");
            if (written.contains("..") || written.contains("$")) {
                continue;
            }
            String folder = WorkspaceIndex.normalize(written);
            String prefix = folder.isEmpty() ? "" : folder + "/";
            boolean found = List.of("action.yml", "action.yaml", "Dockerfile").stream()
                    .anyMatch(f -> index.get().exists(prefix + f));
            if (!found && !broughtInEarlier(step, folder)) {
                context.report(uses.get().range(), "There is no action at \"" + (folder.isEmpty() ? "." : folder)
                        + "\": no action.yml, action.yaml or Dockerfile in that folder of this repository");
            }
        }
    }

    /** True when an earlier step checks out into (or above) the folder, or downloads files. */
    private static boolean broughtInEarlier(Step step, String folder) {
        List<Step> steps = step.job().map(Job::steps).or(() -> step.action().map(a -> a.steps())).orElse(List.of());
        for (Step other : steps) {
            if (other == step) {
                break;
            }
            Optional<String> name = KnownActions.name(other);
            if (name.isPresent() && name.get().equals("actions/download-artifact")) {
                return true;
            }
            if (name.isPresent() && name.get().equals("actions/checkout")) {
                Optional<String> path = KnownActions.input(other, "path").map(s -> WorkspaceIndex.normalize(s.value()));
                if (path.isPresent() && (folder.equals(path.get()) || folder.startsWith(path.get() + "/")
                        || path.get().isEmpty())) {
                    return true;
                }
            }
            if (other.run().map(r -> r.value().contains("git clone") || r.value().contains(folder)).orElse(false)
                    && !folder.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
