package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.edit;
import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.ShoutRule;
import dev.plumbline.server.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {

    private static final String URI = "untitled:Dockerfile";

    private final TestRules rules = new TestRules();
    private final LspSession session = LspSession.start(rules);

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void openPublishesDiagnosticsWithVersionSourceCodeAndExactRange() {
        session.initialize();

        session.open(URI, "FROM alpine\nRUN echo shout\n");
        PublishDiagnosticsParams published = session.await(session.client.diagnostics(URI, 1));

        assertEquals(1, published.getDiagnostics().size());
        Diagnostic diagnostic = published.getDiagnostics().get(0);
        assertEquals("plumbline", diagnostic.getSource());
        assertEquals(ShoutRule.ID, diagnostic.getCode().getLeft());
        assertEquals(range(1, 9, 1, 14), diagnostic.getRange());
        assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
        assertEquals("Word \"shout\" is not shouted", diagnostic.getMessage().getLeft());
        JsonObject data = (JsonObject) diagnostic.getData();
        assertEquals(ShoutRule.ID, data.get("rule").getAsString());
        assertEquals(1, data.get("version").getAsInt());
        assertEquals(0, data.get("index").getAsInt());
    }

    @Test
    void anIncrementalChangeIsAnalysedForTheNewVersion() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 0)));
        session.open(URI, "RUN echo shout\n");
        session.await(session.client.diagnostics(URI, 1));

        // a line inserted above moves the finding down; a second shout appears
        session.change(URI, 2, edit(0, 0, 0, 0, "FROM alpine\n"), edit(1, 14, 1, 14, " shout"));
        PublishDiagnosticsParams published = session.await(session.client.diagnostics(URI, 2));

        assertEquals("FROM alpine\nRUN echo shout shout\n", session.text(URI));
        assertEquals(List.of(range(1, 9, 1, 14), range(1, 15, 1, 20)),
                published.getDiagnostics().stream().map(Diagnostic::getRange).toList());
    }

    @Test
    void columnsCountUtf16CodeUnits() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 0)));
        // the emoji is two UTF-16 code units; CRLF line ends
        session.open(URI, "FROM alpine\r\nRUN echo \uD83D\uDE00 shout\r\n");
        assertEquals(range(1, 12, 1, 17), session.await(session.client.diagnostics(URI, 1)).getDiagnostics().get(0).getRange());

        session.change(URI, 2, edit(1, 9, 1, 11, ""));

        assertEquals("FROM alpine\r\nRUN echo  shout\r\n", session.text(URI));
        assertEquals(range(1, 10, 1, 15), session.await(session.client.diagnostics(URI, 2)).getDiagnostics().get(0).getRange());
    }

    @Test
    void aChangeWithoutRangeReplacesTheWholeText() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 0)));
        session.open(URI, "RUN echo\n");

        session.change(URI, 2, new TextDocumentContentChangeEvent("FROM alpine\nRUN shout\n"));

        assertEquals(range(1, 4, 1, 9), session.await(session.client.diagnostics(URI, 2)).getDiagnostics().get(0).getRange());
    }

    @Test
    void rapidChangesPublishOnlyTheNewestVersion() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 0)));
        session.open(URI, "RUN gate shout\n");
        // version 1 is being analysed and held at the gate while the user keeps typing
        session.await(rules.gate.entered());
        for (int version = 2; version <= 10; version++) {
            session.change(URI, version, edit(0, 0, 0, 0, "#"));
        }
        session.roundTrip(); // the server has taken every change in
        // and the run held at the gate has noticed that its document moved on
        session.await(rules.gate.canceled());

        rules.gate.open();
        PublishDiagnosticsParams newest = session.await(session.client.diagnostics(URI, 10));

        assertEquals(List.of(10), session.client.publishes(URI).stream().map(PublishDiagnosticsParams::getVersion).toList());
        assertEquals(2, newest.getDiagnostics().size()); // the shout, and the gate's own finding
    }

    @Test
    void didChangeWaitsForTheDebounceDelay() {
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 600_000)));
        session.open(URI, "RUN echo\n");
        session.await(session.client.diagnostics(URI, 1));

        session.change(URI, 2, edit(0, 8, 0, 8, " shout"));
        // another document opens and is analysed at once, while version 2 still waits
        session.open("untitled:Other", "RUN echo shout\n");
        session.await(session.client.diagnostics("untitled:Other", 1));
        assertEquals(List.of(1), session.client.publishes(URI).stream().map(PublishDiagnosticsParams::getVersion).toList());

        // a debounce of 0 re-analyses the open documents at once
        session.server.getWorkspaceService().didChangeConfiguration(
                new DidChangeConfigurationParams(Map.of("plumbline", Map.of("debounceMs", 0))));
        assertEquals(1, session.await(session.client.diagnostics(URI, 2)).getDiagnostics().size());
    }

    @Test
    void closeClearsTheDiagnostics() {
        session.initialize();
        session.open(URI, "RUN echo shout\n");
        session.await(session.client.diagnostics(URI, 1));

        session.close(URI);

        assertEquals(List.of(), session.await(session.client.cleared(URI)).getDiagnostics());
    }

    @Test
    void aThrowingRuleIsIsolatedAndTheOthersStillPublish() {
        session.initialize();

        session.open(URI, "RUN echo boom shout\n");
        PublishDiagnosticsParams published = session.await(session.client.diagnostics(URI, 1));

        List<String> codes = published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
        assertEquals(List.of("plumbline/internal-error", ShoutRule.ID), codes);
    }

    @Test
    void untitledDocumentsAreCheckedWithoutConfiguration() {
        session.initialize();

        session.open("untitled:Untitled-1", "dockerfile", "RUN shout\n");

        assertEquals(1, session.await(session.client.diagnostics("untitled:Untitled-1", 1)).getDiagnostics().size());
    }

    @Test
    void filesOutsideOurLanguagesGetAnEmptyList() {
        session.initialize();

        session.open("untitled:notes.txt", "plaintext", "shout\n");

        assertEquals(List.of(), session.await(session.client.diagnostics("untitled:notes.txt", 1)).getDiagnostics());
    }

    @Test
    void theNearestPlumblineYamlInTheWorkspaceApplies(@TempDir Path workspace) throws IOException {
        Files.writeString(workspace.resolve(".plumbline.yaml"), "rules:\n  dockerfile/test-shout: error\n");
        Path service = Files.createDirectories(workspace.resolve("service"));
        Files.writeString(service.resolve(".plumbline.yaml"), "rules:\n  test-shout: off\n");
        String root = workspace.resolve("Dockerfile").toUri().toString();
        String nested = service.resolve("Dockerfile").toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));

        session.open(root, "RUN shout\n");
        session.open(nested, "RUN shout\n");

        assertEquals(DiagnosticSeverity.Error,
                session.await(session.client.diagnostics(root, 1)).getDiagnostics().get(0).getSeverity());
        assertEquals(List.of(), session.await(session.client.diagnostics(nested, 1)).getDiagnostics());
    }
}
