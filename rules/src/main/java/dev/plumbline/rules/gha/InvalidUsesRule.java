package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.Optional;

/**
 * A {@code uses:} value GitHub cannot resolve: a remote action without {@code @ref}, owner or
 * repository; a local path with an {@code @ref}; {@code docker://} without an image; an expression
 * (never evaluated in {@code uses:}); a reusable workflow used as a step, or an action used as a job.
 */
public final class InvalidUsesRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-uses", "Malformed uses: value", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "action"), PeerId.of(PeerId.ACTIONLINT, "workflow-call"));

    private static final PeerId ACTION = PeerId.of(PeerId.ACTIONLINT, "action");
    private static final PeerId WORKFLOW_CALL = PeerId.of(PeerId.ACTIONLINT, "workflow-call");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            job.uses().ifPresent(uses -> {
                Optional<String> problem = problem(uses);
                if (problem.isPresent()) {
                    context.report(uses.range(), problem.get()).peers(WORKFLOW_CALL);
                } else if (!uses.isWorkflow()) {
                    context.report(uses.range(), "Job-level \"uses: " + uses.value() + "\" must call a reusable"
                            + " workflow (a .github/workflows/*.yml file); to run an action, put it in a step under"
                            + " \"steps:\"").peers(WORKFLOW_CALL);
                }
            });
        }
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            step.uses().ifPresent(uses -> {
                Optional<String> problem = problem(uses);
                if (problem.isPresent()) {
                    context.report(uses.range(), problem.get()).peers(ACTION);
                } else if (uses.isWorkflow()) {
                    context.report(uses.range(), "\"" + uses.value() + "\" is a reusable workflow, which can only be"
                            + " called by a job (\"jobs.<id>.uses\"), not by a step").peers(WORKFLOW_CALL);
                }
            });
        }
    }

    /** What is wrong with the value's format, whatever calls it. */
    static Optional<String> problem(UsesRef uses) {
        String value = uses.value();
        if (value.isBlank()) {
            return Optional.of("\"uses:\" is empty");
        }
        if (uses.hasExpression()) {
            return Optional.of("\"uses: " + value + "\" contains an expression, which GitHub does not evaluate in"
                    + " \"uses:\"; write the action and ref literally");
        }
        if (uses.isDocker()) {
            return uses.image().filter(i -> !i.isBlank()).isPresent() ? Optional.empty()
                    : Optional.of("\"uses: " + value + "\" names no image after docker://");
        }
        if (uses.isLocal()) {
            if (uses.hasRef()) {
                return Optional.of("Local \"uses: " + value + "\" cannot have an @ref: a local action or workflow is"
                        + " used as it is in the checked-out commit; remove \"@" + uses.ref().orElse("") + "\"");
            }
            return Optional.empty();
        }
        if (uses.owner().isEmpty() || uses.repo().isEmpty()) {
            return Optional.of("\"uses: " + value + "\" must name an action as owner/repo[/path]@ref, a local path"
                    + " starting with ./, or docker://image");
        }
        if (!uses.hasRef()) {
            return Optional.of("\"uses: " + value + "\" has no @ref; GitHub needs one: " + uses.name()
                    + "@<commit SHA or tag>");
        }
        if (uses.ref().orElse("").isBlank()) {
            return Optional.of("\"uses: " + value + "\" has an empty ref after @");
        }
        if (uses.path().map(p -> p.isEmpty() || p.endsWith("/")).orElse(false) || uses.name().endsWith("/")) {
            return Optional.of("\"uses: " + value + "\" has an empty path inside the repository");
        }
        return Optional.empty();
    }
}
