package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A workflow started by {@code pull_request_target} or {@code workflow_run}: it runs with the base
 * repository's secrets and a writable token on events outsiders can cause. Advice, not an error: the
 * dangerous part is running their code ({@code gha/untrusted-checkout}).
 */
public final class DangerousTriggerRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/dangerous-trigger", "Trigger that runs with secrets on outside events",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "dangerous-triggers"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        context.model().workflow().ifPresent(workflow -> {
            for (Trigger trigger : workflow.triggers()) {
                if (trigger.name().equals("pull_request_target")) {
                    context.report(trigger.nameNode().range(), "\"pull_request_target\" runs with this repository's"
                            + " secrets and a write token on pull requests from forks; never build or run their code here");
                } else if (trigger.name().equals("workflow_run")) {
                    context.report(trigger.nameNode().range(), "\"workflow_run\" runs with this repository's secrets"
                            + " after runs that forks can start; treat their artifacts and branch names as untrusted");
                }
            }
        });
    }
}
