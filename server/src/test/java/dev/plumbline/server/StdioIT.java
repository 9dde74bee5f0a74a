package dev.plumbline.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.plumbline.server.testing.LspFraming;
import dev.plumbline.server.testing.ServerProcess;
import dev.plumbline.server.testing.WaitForever;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a real process: its stdio, its exit codes, its lifetime. */
class StdioIT {

    @Test
    void stdoutCarriesOnlyProtocolMessages(@TempDir Path workspace) throws IOException {
        // a broken .plumbline.yaml makes the server log and report, so there is something to leak
        Files.writeString(workspace.resolve(".plumbline.yaml"), "rules: [nonsense\n");
        String config = workspace.resolve(".plumbline.yaml").toUri().toString();
        String dockerfile = workspace.resolve("Dockerfile").toUri().toString();
        try (ServerProcess server = ServerProcess.start()) {
            server.session.initialize(params -> {
                params.setProcessId((int) ProcessHandle.current().pid());
                params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
            });
            server.session.open(config, "yaml", "rules: [nonsense\n");
            server.session.open(dockerfile, "dockerfile", "FROM alpine\nRUN pip install flask\n");
            PublishDiagnosticsParams configDiagnostics = server.session.await(server.session.client.diagnostics(config, 1));
            server.session.await(server.session.client.diagnostics(dockerfile, 1));
            server.session.hover(dockerfile, 1, 5);

            assertEquals(0, server.session.shutdownAndExit());

            List<JsonObject> messages = LspFraming.parse(server.stdoutToTheEnd());
            assertTrue(messages.stream().allMatch(m -> m.get("jsonrpc").getAsString().equals("2.0")));
            assertTrue(messages.size() >= 4, "initialize, publishes, hover and shutdown answers: " + messages.size());
            assertTrue(configDiagnostics.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("plumbline/config")),
                    configDiagnostics.toString());
            assertTrue(server.stderr().contains("[plumbline] INFO Plumbline"), server.stderr());
        }
    }

    @Test
    void closingStdinEndsTheProcess() {
        try (ServerProcess server = ServerProcess.start("--stdio")) {
            server.session.initialize();

            assertEquals(1, server.session.closeInput());
        }
    }

    @Test
    void closingStdinAfterShutdownEndsTheProcessCleanly() {
        try (ServerProcess server = ServerProcess.start()) {
            server.session.initialize();
            server.session.await(server.session.server.shutdown());

            assertEquals(0, server.session.closeInput());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithOne() {
        try (ServerProcess server = ServerProcess.start()) {
            server.session.initialize();

            assertEquals(1, server.session.exitWithoutShutdown());
        }
    }

    @Test
    void theDeathOfTheEditorEndsTheProcess() throws IOException {
        Process editor = new ProcessBuilder(ServerProcess.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                WaitForever.class.getName()).start();
        try (ServerProcess server = ServerProcess.start()) {
            server.session.initialize(params -> params.setProcessId((int) editor.pid()));

            editor.destroyForcibly();

            assertEquals(1, server.session.awaitExit());
        } finally {
            editor.destroyForcibly();
        }
    }
}
