package dev.plumbline.rules.k8s.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.HoverText;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.testing.WidgetCrd;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hover and completion on custom resources follow their CRD's {@code openAPIV3Schema}: one in the same
 * file, or, given the workspace, one in any other file. {@code «»} marks the cursor.
 */
class CrdFeaturesTest {


    private final KubernetesFeatures features = new KubernetesFeatures();

    private record At(KubernetesFile file, TextDocument document, Position cursor, Optional<WorkspaceView> workspace) {
    }

    /** The file {@code app/widget.yaml}, with {@code crds/widget.yaml} holding the WidgetCrd.YAML when {@code crdElsewhere}. */
    private static At at(String marked, boolean crdElsewhere) {
        MarkedSource source = MarkedSource.parse(marked);
        Path root = Path.of("/repo").toAbsolutePath();
        WorkspaceIndex index = new WorkspaceIndex(root);
        WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());
        if (crdElsewhere) {
            scanner.update(index, "crds/widget.yaml", WidgetCrd.YAML);
        }
        scanner.update(index, "app/widget.yaml", source.text());
        index.markComplete();
        TextDocument document = TextDocument.of(root.resolve("app/widget.yaml").toUri().toString(), source.text());
        return new At(KubernetesFile.parse(document, Cancellation.NONE), document, source.ranges().get(0).start(),
                Optional.of(new WorkspaceView(index, "app/widget.yaml")));
    }

    private Optional<HoverText> hover(At at) {
        return features.hover(at.file(), at.document(), at.cursor(), at.workspace());
    }

    private List<String> labels(At at) {
        return features.complete(at.file(), at.document(), at.cursor(), at.workspace()).stream()
                .map(CompletionCandidate::label).toList();
    }

    private static final String WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w}
            spec:
              si«»ze: 3
            """;

    @Test
    void hoverShowsTheDescriptionAndTypeOfACrdInAnotherFile() {
        HoverText hover = hover(at(WIDGET, true)).orElseThrow();
        assertEquals("**size** `integer` — required\n\nHow many widgets to make.\n\nspec.size", hover.markdown());
        assertEquals(Range.of(4, 2, 4, 6), hover.range());
        HoverText spec = hover(at(WIDGET.replace("spec:\n  si«»ze", "sp«»ec:\n  size"), true)).orElseThrow();
        assertTrue(spec.markdown().startsWith("**spec** `object`\n\nWhat the widget should be."), spec.markdown());
    }

    @Test
    void hoverOnACrdInTheSameFileNeedsNoWorkspace() {
        At at = at(WidgetCrd.YAML + "---\n" + WIDGET, false);
        HoverText hover = features.hover(at.file(), at.document(), at.cursor(), Optional.empty()).orElseThrow();
        assertTrue(hover.markdown().contains("How many widgets to make."), hover.markdown());
    }

    @Test
    void withoutTheCrdThereIsNothingToSay() {
        assertEquals(Optional.empty(), hover(at(WIDGET, false)));
        At at = at(WIDGET, true);
        assertEquals(Optional.empty(), features.hover(at.file(), at.document(), at.cursor(), Optional.empty()));
    }

    @Test
    void completionOffersTheCrdsKeysNotYetWrittenRequiredFirst() {
        String typing = WIDGET.replace("  si«»ze: 3", "  size: 3\n  «»");
        assertEquals(List.of("color", "labels"), labels(at(typing, true)));
        assertEquals(List.of("size", "color", "labels"), labels(at(WIDGET.replace("  si«»ze: 3", "  «»"), true)));
        assertEquals(List.of("color", "labels"), labels(at(WidgetCrd.YAML + "---\n" + typing, false)));
    }

    @Test
    void completionOffersTheCrdsEnumValues() {
        String color = WIDGET.replace("  si«»ze: 3", "  size: 3\n  color: «»");
        assertEquals(List.of("red", "blue"), labels(at(color, true)));
        assertEquals(List.of("red", "blue"), labels(at(WidgetCrd.YAML + "---\n" + color, false)));
        assertEquals(List.of(), labels(at(color, false)));
    }
}
