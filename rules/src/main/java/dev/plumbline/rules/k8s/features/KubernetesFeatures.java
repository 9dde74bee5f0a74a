package dev.plumbline.rules.k8s.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.rules.k8s.support.WorkspaceCrds;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.CrdSchemas;
import dev.plumbline.syntax.k8s.schema.SchemaAssist;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;

/**
 * Editor help for Kubernetes YAML: schema hover on keys and values, completion of keys, values,
 * apiVersion/kind pairs and a container snippet, an outline of resources and their containers, and
 * go to definition from a selector, backend, scale target or pod reference to what it points at, in
 * the same file and, given the workspace, in the other files of its scope. Hover and completion of a
 * custom resource follow its CRD, in the same file or anywhere in the workspace.
 */
public final class KubernetesFeatures implements EditorFeatures<KubernetesFile> {

    @Override
    public Optional<HoverText> hover(KubernetesFile model, TextDocument document, Position position) {
        return hover(model, document, position, Optional.empty());
    }

    @Override
    public Optional<HoverText> hover(KubernetesFile model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return SchemaAssist.hover(model, position, workspaceCrds(workspace))
                .map(h -> new HoverText(h.markdown(), h.range()));
    }

    @Override
    public List<CompletionCandidate> complete(KubernetesFile model, TextDocument document, Position position) {
        return complete(model, document, position, Optional.empty());
    }

    @Override
    public List<CompletionCandidate> complete(KubernetesFile model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return Completions.at(model, document, position, workspaceCrds(workspace));
    }

    /** The CRDs of the other files (the file's own are read from the model). */
    private static CrdSchemas workspaceCrds(Optional<WorkspaceView> workspace) {
        return workspace.map(view -> WorkspaceCrds.schemas(view.index())).orElse(CrdSchemas.none());
    }

    @Override
    public List<OutlineSymbol> outline(KubernetesFile model, TextDocument document) {
        return Outline.of(model);
    }

    @Override
    public List<TargetLocation> definition(KubernetesFile model, TextDocument document, Position position) {
        return Navigation.definition(model, document, position, Optional.empty());
    }

    @Override
    public List<TargetLocation> definition(KubernetesFile model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return Navigation.definition(model, document, position, workspace);
    }
}
