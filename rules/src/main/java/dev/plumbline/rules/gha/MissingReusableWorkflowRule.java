package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.LocalCalls;
import dev.plumbline.syntax.gha.WorkflowFile;

/**
 * A job-level {@code uses: ./.github/workflows/x.yml} whose file is not in the repository, or has
 * no {@code on: workflow_call} and so cannot be called. Needs the workspace index; quiet without it.
 */
public final class MissingReusableWorkflowRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/missing-reusable-workflow", "Called workflow missing or not callable",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "workflow-call"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (LocalCalls.Call call : LocalCalls.of(context)) {
            if (!call.exists()) {
                context.report(call.uses().range(), "Reusable workflow \"" + call.uses().value()
                        + "\" does not exist in this repository");
            } else if (call.callee().isPresent() && !call.callee().get().callable()) {
                context.report(call.uses().range(), "Workflow \"" + call.uses().value()
                        + "\" has no \"on: workflow_call\", so it cannot be called from a job");
            }
        }
    }
}
