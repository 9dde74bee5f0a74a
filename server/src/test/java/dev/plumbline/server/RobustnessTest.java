package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.edit;
import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever the client sends, the server keeps serving. */
class RobustnessTest {

    private static final String URI = "untitled:Dockerfile";

    private final LspSession session = LspSession.start(new TestRules());

    private final Logger jsonRpcLogger = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");
    private final Level jsonRpcLevel = jsonRpcLogger.getLevel();

    @AfterEach
    void tearDown() {
        session.close();
        jsonRpcLogger.setLevel(jsonRpcLevel);
    }

    private void assertStillServing() {
        session.open("untitled:probe", "dockerfile", "RUN shout\n");
        assertEquals(1, session.await(session.client.diagnostics("untitled:probe", 1)).getDiagnostics().size());
        assertNotNull(session.hover("untitled:probe", 0, 5));
    }

    @Test
    void editsBeyondTheEndAreClampedAsLspPrescribes() {
        session.initialize();
        session.open(URI, "RUN echo\n");

        session.change(URI, 2, edit(40, 3, 99, 0, " shout"), edit(0, 200, 0, 300, "!"));

        List<Diagnostic> diagnostics = session.await(session.client.diagnostics(URI, 2)).getDiagnostics();
        assertEquals(1, diagnostics.size());
        assertEquals(range(1, 1, 1, 6), diagnostics.get(0).getRange());
    }

    @Test
    void aRangeGivenEndFirstIsReadInOrder() {
        session.initialize();
        session.open(URI, "RUN echo\n");

        session.change(URI, 2, edit(0, 8, 0, 4, "shout"));

        assertEquals(range(0, 4, 0, 9), session.await(session.client.diagnostics(URI, 2)).getDiagnostics().get(0).getRange());
    }

    @Test
    void changesToUnknownDocumentsAreIgnored() {
        session.initialize();

        session.change("untitled:never-opened", 2, edit(0, 0, 0, 0, "x"));
        session.close("untitled:never-opened-either");

        assertStillServing();
    }

    @Test
    void garbageParamsNeverStopTheServer() {
        session.initialize();
        RemoteEndpoint raw = endpoint();
        // LSP4J logs each unreadable message with a stack trace; here they are expected
        jsonRpcLogger.setLevel(Level.OFF);

        raw.notify("textDocument/didOpen", Map.of("textDocument", Map.of("text", 42)));
        raw.notify("textDocument/didChange", Map.of("contentChanges", "nonsense"));
        raw.notify("textDocument/didChange", Map.of("textDocument", Map.of("uri", URI)));
        raw.notify("textDocument/didClose", Map.of());
        raw.notify("workspace/didChangeConfiguration", Map.of("settings", List.of(1, 2, 3)));
        raw.notify("workspace/didChangeWatchedFiles", Map.of("changes", List.of(Map.of())));
        raw.notify("workspace/didChangeWorkspaceFolders", Map.of("event", Map.of("added", List.of(Map.of()))));
        CompletableFuture<Object> hover = raw.request("textDocument/hover", Map.of("position", "here"));
        CompletableFuture<Object> codeAction = raw.request("textDocument/codeAction", Map.of("range", Map.of()));
        // an answer or an error response, but an answer: the connection lives
        session.await(hover.handle((result, error) -> "answered"));
        session.await(codeAction.handle((result, error) -> "answered"));

        assertStillServing();
    }

    @Test
    void settingsOfTheWrongShapeAreLoggedAndIgnored() {
        session.initialize();
        RemoteEndpoint raw = endpoint();

        raw.notify("workspace/didChangeConfiguration", Map.of("settings", Map.of("plumbline", List.of("rules"))));
        raw.notify("workspace/didChangeConfiguration", Map.of("settings", Map.of("plumbline", Map.of("rules", 7, "debounceMs", -3))));

        assertStillServing();
        List<String> logs = session.client.logs().stream().map(m -> m.getMessage()).toList();
        assertTrue(logs.stream().anyMatch(m -> m.contains("must be an object")), logs.toString());
        assertTrue(logs.stream().anyMatch(m -> m.contains("plumbline.rules must map")), logs.toString());
        assertTrue(logs.stream().anyMatch(m -> m.contains("plumbline.debounceMs")), logs.toString());
    }

    private RemoteEndpoint endpoint() {
        return session.clientEndpoint();
    }
}
