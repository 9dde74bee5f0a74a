package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.edit;
import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.server.testing.LspSession;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Diagnostics carry the places that explain them, for clients that show related information. */
class RelatedInformationTest {

    private static final String DOCKERFILE = "file:///project/Dockerfile";
    private static final String MANIFEST = "file:///project/pods.yaml";
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: app
                  image: nginx:1.27
                - name: app
                  image: nginx:1.27
            """;

    private final LspSession session = LspSession.start(BuiltinRules.registry(), BuiltinRules.configResolver());

    @AfterEach
    void tearDown() {
        session.close();
    }

    private void initialize(boolean related) {
        session.initialize(params -> {
            params.setInitializationOptions(Map.of("debounceMs", 0));
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            PublishDiagnosticsCapabilities diagnostics = new PublishDiagnosticsCapabilities();
            diagnostics.setRelatedInformation(related);
            text.setPublishDiagnostics(diagnostics);
            params.getCapabilities().setTextDocument(text);
        });
    }

    @Test
    void aDuplicateStageNamePointsAtTheFirstStage() {
        initialize(true);
        session.open(DOCKERFILE, "dockerfile", "FROM alpine:3.20 AS b\nFROM alpine:3.20 AS b\n");

        Diagnostic duplicate = diagnostic(DOCKERFILE, 1, "dockerfile/duplicate-stage-name");

        assertEquals(List.of(new DiagnosticRelatedInformation(new Location(DOCKERFILE, range(0, 20, 0, 21)),
                "the stage that first uses the name")), duplicate.getRelatedInformation());
    }

    @Test
    void relatedPlacesMoveWithAnEditAboveThem() {
        initialize(true);
        session.open(MANIFEST, "yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n" + POD);
        assertEquals(range(11, 12, 11, 15), related(diagnostic(MANIFEST, 1, "k8s/duplicate-container-name")));

        // a line above: the Pod's cached findings move, and their related places with them
        session.change(MANIFEST, 2, edit(3, 9, 3, 9, "\n  labels: {a: b}"));
        Diagnostic moved = diagnostic(MANIFEST, 2, "k8s/duplicate-container-name");
        assertEquals(range(14, 12, 14, 15), moved.getRange());
        assertEquals(range(12, 12, 12, 15), related(moved));
    }

    @Test
    void clientsThatDoNotShowThemGetNone() {
        initialize(false);
        session.open(DOCKERFILE, "dockerfile", "FROM alpine:3.20 AS b\nFROM alpine:3.20 AS b\n");

        assertNull(diagnostic(DOCKERFILE, 1, "dockerfile/duplicate-stage-name").getRelatedInformation());
    }

    private Diagnostic diagnostic(String uri, int version, String rule) {
        return session.await(session.client.diagnostics(uri, version)).getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals(rule)).findFirst().orElseThrow();
    }

    private static org.eclipse.lsp4j.Range related(Diagnostic diagnostic) {
        assertEquals(1, diagnostic.getRelatedInformation().size());
        return diagnostic.getRelatedInformation().get(0).getLocation().getRange();
    }
}
