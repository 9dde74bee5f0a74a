package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A job whose {@code concurrency.group} is the same as the workflow's: the job waits for the group to
 * be free, but the run holding it is the job's own, so the job is cancelled or waits forever. Groups
 * are compared when both are the same constant, or the same expression text (which then has the same
 * value: the workflow level can only use {@code github}, {@code inputs} and {@code vars}).
 */
public final class ConcurrencyDeadlockRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/concurrency-deadlock", "Job in the workflow's own concurrency group",
            Severity.ERROR, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<YamlScalar> workflowGroup = context.model().workflow().flatMap(w -> w.concurrency())
                .flatMap(ConcurrencyDeadlockRule::group);
        if (workflowGroup.isEmpty()) {
            return;
        }
        String group = normalize(workflowGroup.get().value());
        for (Job job : context.model().jobs()) {
            job.get("concurrency").flatMap(ConcurrencyDeadlockRule::group).ifPresent(jobGroup -> {
                if (normalize(jobGroup.value()).equals(group)) {
                    context.report(jobGroup.range(), "Job \"" + job.id() + "\" uses the workflow's own concurrency group \""
                            + jobGroup.value() + "\"; it waits for its own run to finish, which never happens");
                }
            });
        }
    }

    /** The group of {@code concurrency: name} or {@code concurrency: {group: name}}. */
    static Optional<YamlScalar> group(YamlNode concurrency) {
        Optional<YamlScalar> scalar = concurrency.asMapping().isPresent()
                ? concurrency.asMapping().get().getScalar("group") : concurrency.asScalar();
        return scalar.filter(s -> !s.isNull() && !s.value().isBlank());
    }

    private static String normalize(String group) {
        return group.trim().replaceAll("\\s+", " ");
    }
}
