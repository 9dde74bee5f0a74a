package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.features.CodeActionProvider;
import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
import dev.plumbline.server.testing.WaitForever;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final LspSession session = LspSession.start(new TestRules());

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void initializeAnnouncesTheCapabilities() {
        InitializeResult result = session.initialize();
        ServerCapabilities capabilities = result.getCapabilities();

        assertEquals("plumbline", result.getServerInfo().getName());
        assertEquals("utf-16", capabilities.getPositionEncoding());
        assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getRight().getChange());
        assertTrue(capabilities.getTextDocumentSync().getRight().getOpenClose());
        assertTrue(capabilities.getHoverProvider().getLeft());
        assertEquals(List.of(CodeActionKind.QuickFix, CodeActionProvider.FIX_ALL_KIND),
                capabilities.getCodeActionProvider().getRight().getCodeActionKinds());
        assertTrue(capabilities.getWorkspace().getWorkspaceFolders().getSupported());
    }

    @Test
    void registersAConfigFileWatcherWhenTheClientCanRegisterDynamically() {
        session.initialize();

        Registration registration = session.await(session.client.registration()).getRegistrations().get(0);

        assertEquals("workspace/didChangeWatchedFiles", registration.getMethod());
        String options = registration.getRegisterOptions().toString();
        assertTrue(options.contains("**/.plumbline.yaml") && options.contains("**/.plumbline.yml"), options);
    }

    @Test
    void registersNothingWhenTheClientCannot() {
        // initialize() ends with a round trip, so a registration would have arrived by now
        session.initialize(params -> params.getCapabilities().getWorkspace().setDidChangeWatchedFiles(null));

        assertFalse(session.client.registration().isDone());
    }

    @Test
    void exitAfterShutdownEndsWithZero() {
        session.initialize();

        assertEquals(0, session.shutdownAndExit());
    }

    @Test
    void exitWithoutShutdownEndsWithOne() {
        session.initialize();

        assertEquals(1, session.exitWithoutShutdown());
    }

    @Test
    void closedInputEndsTheServer() {
        session.initialize();

        assertEquals(1, session.closeInput());
    }

    @Test
    void theDeathOfTheClientProcessEndsTheServer() throws IOException, InterruptedException {
        Process editor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WaitForever.class.getName()).start();
        try {
            session.initialize(params -> params.setProcessId((int) editor.pid()));

            editor.destroy();

            assertEquals(1, session.awaitExit());
        } finally {
            editor.destroyForcibly();
        }
    }

    @Test
    void aClientProcessThatDoesNotExistIsNotWatched() {
        session.initialize(params -> params.setProcessId(Integer.MAX_VALUE));

        session.open("untitled:Dockerfile", "RUN echo shout");

        assertEquals(1, session.await(session.client.diagnostics("untitled:Dockerfile", 1)).getDiagnostics().size());
    }
}
