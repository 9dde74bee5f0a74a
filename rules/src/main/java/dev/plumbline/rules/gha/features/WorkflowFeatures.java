package dev.plumbline.rules.gha.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.EditorFeatures;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * Editor help for GitHub Actions workflows and action metadata files. Stateless. A Dependabot
 * configuration gets its outline only: the workflow schema behind hover and completion does not
 * describe it.
 */
public final class WorkflowFeatures implements EditorFeatures<WorkflowFile> {

    @Override
    public Optional<HoverText> hover(WorkflowFile model, TextDocument document, Position position) {
        return model.isDependabot() ? Optional.empty() : WorkflowHover.hover(model, position);
    }

    @Override
    public List<CompletionCandidate> complete(WorkflowFile model, TextDocument document, Position position) {
        return model.isDependabot() ? List.of() : WorkflowCompletion.complete(model, document, position);
    }

    @Override
    public List<OutlineSymbol> outline(WorkflowFile model, TextDocument document) {
        return WorkflowOutline.outline(model);
    }

    @Override
    public List<TargetLocation> definition(WorkflowFile model, TextDocument document, Position position) {
        return model.isDependabot() ? List.of() : WorkflowNavigation.definition(model, document, position);
    }

    @Override
    public List<TargetLocation> references(WorkflowFile model, TextDocument document, Position position,
            boolean includeDeclaration) {
        return model.isDependabot() ? List.of()
                : WorkflowNavigation.references(model, document, position, includeDeclaration);
    }
}
