package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.Optional;

/**
 * The workspace index, when its root is the repository root that {@code ./} paths, {@code hashFiles()}
 * and run scripts start from: the analysed workflow sits in {@code .github/workflows/} right under
 * the root, or the analysed action file sits in a workspace that has a {@code .github} folder. Empty
 * until the index's first scan is done: cross-file rules stay quiet rather than guess.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Optional<WorkspaceIndex> of(RuleContext<WorkflowFile> context) {
        return context.workspace().filter(w -> context.model().isAction()
                        ? w.index().isDirectory(".github") : w.selfPath().matches("\\.github/workflows/[^/]+"))
                .flatMap(w -> w.ready());
    }
}
