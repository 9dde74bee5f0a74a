package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.MappingInsert;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.Optional;

/**
 * A workflow started by {@code push} or {@code pull_request} without a workflow-level
 * {@code concurrency} that cancels superseded runs: every push queues another full run. Off by
 * default (deployments may want every run). The fix inserts a group per workflow and ref.
 */
public final class MissingConcurrencyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/missing-concurrency", "No concurrency to cancel superseded runs",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "concurrency-limits")).offByDefault();

    static final String FIX_TITLE = "Add concurrency that cancels superseded runs";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Workflow> workflow = context.model().workflow();
        if (workflow.isEmpty() || workflow.get().on().isEmpty()) {
            return;
        }
        if (workflow.get().trigger("push").isEmpty() && workflow.get().trigger("pull_request").isEmpty()) {
            return;
        }
        Optional<YamlEntry> concurrency = workflow.get().mapping().entry("concurrency");
        if (concurrency.isPresent()) {
            boolean cancels = concurrency.get().value().asMapping().flatMap(m -> m.get("cancel-in-progress"))
                    .flatMap(YamlNode::asScalar).map(s -> !s.isNull() && !s.value().equals("false")).orElse(false);
            if (!cancels) {
                context.report(concurrency.get().key().range(), "Concurrency does not cancel superseded runs; add"
                        + " cancel-in-progress: true (an expression can spare the default branch)");
            }
            return;
        }
        YamlEntry on = workflow.get().on().get();
        var report = context.report(on.key().range(), "Workflow runs on every push without concurrency, so superseded"
                + " runs keep going; cancel them with a concurrency group");
        Optional<YamlEntry> jobs = workflow.get().jobsEntry();
        if (jobs.isPresent()) {
            int before = workflow.get().mapping().entries().indexOf(jobs.get());
            Optional<YamlEntry> after = before > 0 ? Optional.of(workflow.get().mapping().entries().get(before - 1))
                    : Optional.empty();
            MappingInsert.lines(context.document(), workflow.get().mapping(), after, "concurrency:\n"
                    + "  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true")
                    .ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }
}
