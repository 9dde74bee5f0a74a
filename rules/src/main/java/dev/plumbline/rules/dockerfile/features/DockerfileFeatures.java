package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * The editor help for Dockerfiles: hover, completion, outline, definition, references and
 * highlights over a parsed {@link Dockerfile}. Stateless; what it derives from a model (the variable
 * index) is kept on the model, so repeated requests on one snapshot do not recompute it.
 */
public final class DockerfileFeatures implements EditorFeatures<Dockerfile> {

    @Override
    public Optional<HoverText> hover(Dockerfile model, TextDocument document, Position position) {
        VariableIndex variables = variables(model);
        return Locator.at(model, document, variables, position).flatMap(spot -> Hovers.of(model, variables, spot));
    }

    @Override
    public List<CompletionCandidate> complete(Dockerfile model, TextDocument document, Position position) {
        return Completions.at(model, document, variables(model), position);
    }

    @Override
    public List<OutlineSymbol> outline(Dockerfile model, TextDocument document) {
        return Outline.of(model);
    }

    @Override
    public List<TargetLocation> definition(Dockerfile model, TextDocument document, Position position) {
        VariableIndex variables = variables(model);
        return Locator.at(model, document, variables, position)
                .map(spot -> locations(document, Navigation.definitions(model, variables, spot)))
                .orElse(List.of());
    }

    @Override
    public List<TargetLocation> references(Dockerfile model, TextDocument document, Position position,
            boolean includeDeclaration) {
        VariableIndex variables = variables(model);
        return Locator.at(model, document, variables, position)
                .map(spot -> locations(document, Navigation.references(model, variables, spot, includeDeclaration)))
                .orElse(List.of());
    }

    private static List<TargetLocation> locations(TextDocument document, List<Range> ranges) {
        return ranges.stream().map(range -> new TargetLocation(document.uri(), range)).toList();
    }

    /** The variable index of {@code model}, built once per parsed snapshot. */
    static VariableIndex variables(Dockerfile model) {
        return model.derived(VariableIndex.class, VariableIndex::of);
    }
}
