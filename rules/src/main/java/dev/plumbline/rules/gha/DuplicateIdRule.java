package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.JobFacts;
import dev.plumbline.rules.gha.support.StepMappings;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two steps of one job with ids equal ignoring case, or two jobs whose ids differ only in case: GitHub
 * compares ids without case. Job ids written exactly alike are duplicate keys ({@code gha/duplicate-key}).
 */
public final class DuplicateIdRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/duplicate-id", "Job or step id used twice", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "id"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        WorkflowFile file = context.model();
        // most jobs have no duplicate step id: that verdict is the job's own, kept across keystrokes
        Optional<JobFacts> facts = JobFacts.of(file);
        Map<String, Job> jobs = new HashMap<>();
        int index = 0;
        for (Job job : file.jobs()) {
            int at = index++;
            Job first = jobs.putIfAbsent(job.id().toLowerCase(Locale.ROOT), job);
            if (first != null && !first.id().equals(job.id())) {
                context.report(job.idRange(), "Job id \"" + job.id() + "\" is the same as \"" + first.id() + "\" (line "
                        + (first.idRange().start().line() + 1) + ") ignoring case; GitHub compares ids without case")
                        .related(first.idRange(), "the job with the same id");
            }
            boolean unique = facts.isPresent()
                    && facts.get().get(META.id(), at, Boolean.class, () -> stepIdsUnique(StepMappings.of(job.steps())));
            if (!unique) {
                checkSteps(context, StepMappings.of(job.steps()), "job \"" + job.id() + "\"");
            }
        }
        file.action().ifPresent(action -> checkSteps(context, StepMappings.of(action.steps()), "the action"));
    }

    /** True when no two of {@code steps} share an id, as {@link #checkSteps} compares them. */
    private static boolean stepIdsUnique(List<YamlMapping> steps) {
        Set<String> seen = new HashSet<>();
        for (YamlMapping step : steps) {
            Optional<YamlScalar> id = step.getScalar("id").filter(s -> !s.isNull() && !s.value().contains("${{"));
            if (id.isPresent() && !seen.add(id.get().value().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void checkSteps(RuleContext<WorkflowFile> context, List<YamlMapping> steps, String where) {
        Map<String, YamlScalar> seen = new HashMap<>();
        for (YamlMapping step : steps) {
            step.getScalar("id").filter(s -> !s.isNull() && !s.value().contains("${{")).ifPresent(id -> {
                YamlScalar first = seen.putIfAbsent(id.value().toLowerCase(Locale.ROOT), id);
                if (first != null) {
                    Range at = first.range();
                    context.report(id.range(), "Step id \"" + id.value() + "\" is already used in " + where + " (line "
                            + (at.start().line() + 1) + ")" + (first.value().equals(id.value()) ? ""
                                    : "; GitHub compares ids without case"))
                            .related(at, "the step that first uses the id");
                }
            });
        }
    }
}
