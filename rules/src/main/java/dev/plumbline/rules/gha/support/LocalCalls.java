package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The jobs of a workflow that call a reusable workflow of this repository, with the callee's path in the workspace. */
public final class LocalCalls {

    /** One call: the job, its {@code uses:}, the callee's workspace path and what the index knows of it. */
    public record Call(Job job, UsesRef uses, String path, boolean exists, Optional<CalledWorkflow> callee) {
    }

    private LocalCalls() {
    }

    /**
     * Empty until the workspace index is ready, and unless the analysed workflow sits in
     * {@code .github/workflows/} right under the index root: only then is the root the repository
     * root that {@code ./} paths start from (cross-file rules stay quiet rather than guess).
     */
    public static List<Call> of(RuleContext<WorkflowFile> context) {
        List<Call> out = new ArrayList<>();
        Optional<WorkspaceIndex> index = context.workspace()
                .filter(w -> w.selfPath().matches("\\.github/workflows/[^/]+"))
                .flatMap(w -> w.ready());
        if (index.isEmpty()) {
            return out;
        }
        for (Job job : context.model().jobs()) {
            Optional<UsesRef> uses = job.uses();
            if (uses.isEmpty() || uses.get().kind() != UsesRef.Kind.LOCAL_WORKFLOW || uses.get().hasExpression()
                    || uses.get().hasRef()) {
                continue;
            }
            String path = WorkspaceIndex.normalize(uses.get().path().orElse(""));
            out.add(new Call(job, uses.get(), path, index.get().exists(path),
                    index.get().facts(path, CalledWorkflow.class)));
        }
        return out;
    }
}
