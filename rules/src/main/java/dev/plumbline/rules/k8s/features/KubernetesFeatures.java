package dev.plumbline.rules.k8s.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.SchemaAssist;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * Editor help for Kubernetes YAML: schema hover on keys and values, completion of keys, values,
 * apiVersion/kind pairs and a container snippet, an outline of resources and their containers, and
 * go to definition from a selector or backend to what it points at in the same file.
 */
public final class KubernetesFeatures implements EditorFeatures<KubernetesFile> {

    @Override
    public Optional<HoverText> hover(KubernetesFile model, TextDocument document, Position position) {
        return SchemaAssist.hover(model, position).map(h -> new HoverText(h.markdown(), h.range()));
    }

    @Override
    public List<CompletionCandidate> complete(KubernetesFile model, TextDocument document, Position position) {
        return Completions.at(model, document, position);
    }

    @Override
    public List<OutlineSymbol> outline(KubernetesFile model, TextDocument document) {
        return Outline.of(model);
    }

    @Override
    public List<TargetLocation> definition(KubernetesFile model, TextDocument document, Position position) {
        return Navigation.definition(model, position).stream()
                .map(range -> new TargetLocation(document.uri(), range))
                .toList();
    }
}
