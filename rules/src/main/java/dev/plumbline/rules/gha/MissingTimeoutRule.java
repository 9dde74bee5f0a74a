package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.MappingInsert;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Optional;

/**
 * A job without {@code timeout-minutes}: a hung step then holds the runner for GitHub's default of six
 * hours. Jobs that call a reusable workflow are exempt (the key is not allowed there). The fix inserts
 * {@code timeout-minutes: 30} after {@code runs-on}.
 */
public final class MissingTimeoutRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/missing-timeout", "Job without timeout-minutes", Severity.WARNING,
            Language.GITHUB_ACTIONS);

    static final String FIX_TITLE = "Add timeout-minutes: 30";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            Optional<YamlMapping> mapping = job.mapping();
            if (mapping.isEmpty() || job.isReusableWorkflowCall() || mapping.get().has("timeout-minutes")
                    || mapping.get().hasMergeKeys()) {
                continue;
            }
            var report = context.report(job.idRange(), "Job \"" + job.id()
                    + "\" has no timeout-minutes; a hung step holds the runner for 6 hours");
            MappingInsert.lines(context.document(), mapping.get(), mapping.get().entry("runs-on"), "timeout-minutes: 30")
                    .ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }
}
