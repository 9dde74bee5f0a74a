package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static final String URI = "untitled:Dockerfile";

    private final LspSession session = LspSession.start(new TestRules());

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static boolean hasSeverity(PublishDiagnosticsParams params, DiagnosticSeverity severity) {
        return params.getDiagnostics().size() == 1 && params.getDiagnostics().get(0).getSeverity() == severity;
    }

    private void changeSettings(Object settings) {
        session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
    }

    @Test
    void aSettingsChangeReanalysesWithTheNewSeverity() {
        session.initialize();
        session.open(URI, "RUN shout\n");
        session.await(session.client.awaitPublish(URI, p -> hasSeverity(p, DiagnosticSeverity.Warning)));

        changeSettings(Map.of("plumbline", Map.of("rules", Map.of("dockerfile/test-shout", "error"))));

        session.await(session.client.awaitPublish(URI, p -> hasSeverity(p, DiagnosticSeverity.Error)));
    }

    @Test
    void aRuleTurnedOffInSettingsDisappears() {
        session.initialize();
        session.open(URI, "RUN shout\n");
        session.await(session.client.diagnostics(URI, 1));

        changeSettings(Map.of("plumbline", Map.of("rules", Map.of("test-shout", Map.of("severity", "off")))));

        session.await(session.client.awaitPublish(URI, p -> p.getDiagnostics().isEmpty()));
    }

    @Test
    void initializationOptionsApplyFromTheStart() {
        session.initialize(params -> params.setInitializationOptions(
                Map.of("rules", Map.of("dockerfile/test-shout", "hint"))));

        session.open(URI, "RUN shout\n");

        assertTrue(hasSeverity(session.await(session.client.diagnostics(URI, 1)), DiagnosticSeverity.Hint));
    }

    @Test
    void badValuesAreLoggedAndTheDefaultsKept() {
        session.initialize();
        session.open(URI, "RUN shout\n");
        session.await(session.client.diagnostics(URI, 1));

        changeSettings(Map.of("plumbline", Map.of("debounceMs", "soon",
                "rules", Map.of("dockerfile/test-shout", "loud", "test-boom", "off"))));

        // the good entry applies (the boom rule is off, so "boom" no longer yields an internal error)
        session.change(URI, 2, LspSession.edit(0, 9, 0, 9, " boom"));
        PublishDiagnosticsParams published = session.await(session.client.diagnostics(URI, 2));
        assertTrue(hasSeverity(published, DiagnosticSeverity.Warning), published.toString());
        List<String> logs = session.client.logs().stream().map(m -> m.getMessage()).toList();
        assertTrue(logs.stream().anyMatch(m -> m.contains("plumbline.debounceMs") && m.contains("\"soon\"")), logs.toString());
        assertTrue(logs.stream().anyMatch(m -> m.contains("plumbline.rules.dockerfile/test-shout") && m.contains("\"loud\"")),
                logs.toString());
    }

    @Test
    void settingsArePulledWhenTheClientAnswersConfigurationRequests() {
        session.client.configuration(Map.of("rules", Map.of("dockerfile/test-shout", "info")));
        session.initialize(params -> params.getCapabilities().getWorkspace().setConfiguration(true));
        session.open(URI, "RUN shout\n");
        session.await(session.client.awaitPublish(URI, p -> hasSeverity(p, DiagnosticSeverity.Information)));

        // vscode-languageclient's way: a notification without settings, then the server asks
        session.client.configuration(Map.of("rules", Map.of("dockerfile/test-shout", "error")));
        session.clientEndpoint().notify("workspace/didChangeConfiguration", Map.of());

        session.await(session.client.awaitPublish(URI, p -> hasSeverity(p, DiagnosticSeverity.Error)));
        assertEquals("plumbline", session.client.configurationRequests().get(0).getItems().get(0).getSection());
    }

    @Test
    void aChangedPlumblineYamlReanalysesOpenDocuments(@TempDir Path workspace) throws IOException {
        Path config = workspace.resolve(".plumbline.yaml");
        Files.writeString(config, "rules:\n  dockerfile/test-shout: hint\n");
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        session.initialize(params -> params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws"))));
        session.open(uri, "RUN shout\n");
        session.await(session.client.awaitPublish(uri, p -> hasSeverity(p, DiagnosticSeverity.Hint)));

        Files.writeString(config, "rules:\n  dockerfile/test-shout: error\n");
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));

        session.await(session.client.awaitPublish(uri, p -> hasSeverity(p, DiagnosticSeverity.Error)));
    }

    @Test
    void plumblineYamlLiesOverTheEditorSettings(@TempDir Path workspace) throws IOException {
        Files.writeString(workspace.resolve(".plumbline.yaml"), "rules:\n  dockerfile/test-shout: hint\n");
        String uri = workspace.resolve("Dockerfile").toUri().toString();
        session.initialize(params -> {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
            params.setInitializationOptions(Map.of("rules", Map.of("dockerfile/test-shout", "error")));
        });

        session.open(uri, "RUN shout\n");

        assertTrue(hasSeverity(session.await(session.client.diagnostics(uri, 1)), DiagnosticSeverity.Hint));
    }
}
