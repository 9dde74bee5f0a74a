package dev.plumbline.rules.k8s.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.testing.WidgetCrd;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.WorkspaceView;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings kept per document are computed against the workspace too (custom resources are checked
 * against CRDs in other files): when the index changes, no kept finding may outlive it.
 */
class WorkspaceChangeTest {

    private static final String WIDGETS = """
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: a}
            spec:
              size: 3
              colour: red
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: b}
            """;

    private final Analyzer analyzer = new Analyzer(BuiltinRules.registry());
    private final WorkspaceScanner scanner = new WorkspaceScanner(BuiltinRules.registry().factsExtractors());

    private static List<String> unknownFields(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("k8s/unknown-field"))
                .map(f -> f.range().toString()).toList();
    }

    @Test
    void aCrdAddedElsewhereReachesTheCachedDocuments() {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("/w"));
        scanner.update(index, "app/widgets.yaml", WIDGETS);
        index.markComplete();
        WorkspaceView view = new WorkspaceView(index, "app/widgets.yaml");
        TextDocument first = TextDocument.of("file:///w/app/widgets.yaml", "", 1, WIDGETS);
        AnalysisResult before = analyzer.analyze(first, "app/widgets.yaml", Config.DEFAULT, view, null, Cancellation.NONE);
        assertEquals(List.of(), unknownFields(before), "no WidgetCrd.YAML known yet: no schema findings for a Widget");

        scanner.update(index, "crds/widget.yaml", WidgetCrd.YAML);
        // an edit in the other document only: the Widget's document keeps its cached findings unless the index says otherwise
        TextDocument second = first.applyChanges(List.of(new TextEdit(
                Range.of(9, 17, 9, 17), "x")), 2);
        AnalysisResult after = analyzer.analyze(second, "app/widgets.yaml", Config.DEFAULT, view, before, Cancellation.NONE);

        assertEquals(List.of("6:3-6:9"), unknownFields(after));
    }
}
