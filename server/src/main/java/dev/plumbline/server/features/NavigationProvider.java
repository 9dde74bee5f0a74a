package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.Position;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;

/** Go to definition, find references and document highlight, from the language's navigation facts. */
public final class NavigationProvider {

    public List<Location> definition(AnalysisResult result, Position position) {
        return definition(result, Optional.empty(), position);
    }

    /** @param workspace the document's workspace, where targets in other files are found */
    public List<Location> definition(AnalysisResult result, Optional<WorkspaceView> workspace, Position position) {
        return toLocations(result.features(workspace).definition(position));
    }

    public List<Location> references(AnalysisResult result, Position position, boolean includeDeclaration) {
        return toLocations(result.features().references(position, includeDeclaration));
    }

    public List<DocumentHighlight> highlights(AnalysisResult result, Position position) {
        return result.features().highlights(position).stream()
                .map(range -> new DocumentHighlight(LspRanges.toLsp(range), DocumentHighlightKind.Text))
                .toList();
    }

    private static List<Location> toLocations(List<TargetLocation> targets) {
        return targets.stream().map(t -> new Location(t.uri(), LspRanges.toLsp(t.range()))).toList();
    }
}
