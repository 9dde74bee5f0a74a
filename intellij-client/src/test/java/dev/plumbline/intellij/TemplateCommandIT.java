package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact command line the template makes LSP4IJ run on this OS ($USER_HOME$ being the one
 * macro, pointed at a temporary home holding the packaged jar) starts the real server, which
 * answers {@code initialize}, takes the template's settings as LSP4IJ hands them over, and
 * publishes diagnostics for files sent with the template's language ids.
 */
class TemplateCommandIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @TempDir
    Path workspace;

    private final Lsp4ijTemplate template = Lsp4ijTemplate.read(ClientFiles.template());

    /** The argument list LSP4IJ starts, after the IDE expanded $USER_HOME$ (always with forward slashes). */
    private List<String> command() throws IOException {
        String jar = System.getProperty("plumbline.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no server jar at -Dplumbline.jar=" + jar);
        Path installed = Files.createDirectories(home.resolve(".plumbline")).resolve("plumbline.jar");
        Files.copy(Path.of(jar), installed);

        String commandLine = template.commandLine(Lsp4ijTemplate.currentOs())
                .replace("$USER_HOME$", home.toString().replace('\\', '/'));
        assertFalse(commandLine.matches(".*\\$[A-Z_]+\\$.*"), "a macro left: " + commandLine);
        List<String> command = Lsp4ijTemplate.commands(commandLine);
        assertEquals(List.of("java", "-jar", installed.toString().replace('\\', '/')), command);
        return command;
    }

    @Test
    void theTemplateCommandServesDiagnosticsWithTheTemplateSettings() throws Exception {
        try (Session session = new Session(command(), template.settings())) {
            InitializeResult result = session.initialize(template.initializationOptions(), workspace);
            assertNotNull(result.getCapabilities().getTextDocumentSync(), "a text document server");
            assertEquals("plumbline", result.getServerInfo().getName());

            String dockerfile = session.open(workspace.resolve("Dockerfile"), "FROM nginx:latest\n");
            String manifest = session.open(workspace.resolve("deploy/web.yaml"), """
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: web
                    spec:
                      containers:
                        - name: web
                          image: nginx:latest
                    """);
            String workflow = session.open(workspace.resolve(".github/workflows/ci.yml"), """
                    on: push
                    jobs:
                      test:
                        runs-on: ubuntu-latest
                        steps:
                          - uses: actions/checkout@v4
                    """);

            assertTrue(session.codes(dockerfile).contains("dockerfile/latest-tag"), session.codes(dockerfile).toString());
            assertTrue(session.codes(manifest).contains("k8s/latest-tag"), session.codes(manifest).toString());
            assertTrue(session.codes(workflow).contains("gha/unpinned-action"), session.codes(workflow).toString());
            assertTrue(session.client.configurationSections().contains("plumbline"), "the server asked for its section");
            assertEquals(0, session.shutdownAndExit());
        }
    }

    @Test
    void aRuleTurnedOffInTheTemplateSettingsIsOffInTheServer() throws Exception {
        JsonObject settings = template.settings().deepCopy();
        Lsp4ijTemplate.findSettings(settings, "plumbline").getAsJsonObject("rules").addProperty("dockerfile/latest-tag", "off");

        try (Session session = new Session(command(), settings)) {
            session.initialize(template.initializationOptions(), workspace);

            String dockerfile = session.open(workspace.resolve("Dockerfile"), "FROM nginx:latest\n");

            Set<String> codes = session.codes(dockerfile);
            assertFalse(codes.contains("dockerfile/latest-tag"), codes.toString());
            assertFalse(codes.isEmpty(), "other rules still report: " + codes);
            assertEquals(0, session.shutdownAndExit());
        }
    }

    /** One server process started with {@code command}, and an LSP4J client on its stdio. */
    private final class Session implements AutoCloseable {
        final TemplateClient client;
        final LanguageServer server;
        private final Process process;
        private final JsonObject settings;

        Session(List<String> command, JsonObject settings) throws IOException {
            this.settings = settings;
            process = new ProcessBuilder(command)
                    .redirectError(Files.createTempFile(home, "stderr", ".log").toFile())
                    .start();
            client = new TemplateClient(settings);
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                    process.getOutputStream());
            launcher.startListening();
            server = launcher.getRemoteProxy();
        }

        /** What LSP4IJ does for a user-defined server: initialize, initialized, then push the settings. */
        InitializeResult initialize(JsonObject initializationOptions, Path root) {
            WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
            workspaceCapabilities.setConfiguration(true);
            workspaceCapabilities.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
            ClientCapabilities capabilities = new ClientCapabilities();
            capabilities.setWorkspace(workspaceCapabilities);
            InitializeParams params = new InitializeParams();
            params.setCapabilities(capabilities);
            params.setProcessId((int) ProcessHandle.current().pid());
            params.setInitializationOptions(initializationOptions);
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "workspace")));
            InitializeResult result = await(server.initialize(params));
            server.initialized(new InitializedParams());
            server.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(JsonParser.parseString(settings.toString())));
            return result;
        }

        /** Opens {@code file} with the language id the template's patterns give its name. */
        String open(Path file, String text) {
            String languageId = template.languageIdFor(file.getFileName().toString())
                    .orElseThrow(() -> new AssertionError("the template does not send " + file));
            String uri = file.toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, languageId, 1, text)));
            return uri;
        }

        Set<String> codes(String uri) {
            PublishDiagnosticsParams published = await(client.awaitPublish(uri,
                    p -> p.getVersion() != null && p.getVersion() == 1));
            return published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).collect(Collectors.toSet());
        }

        int shutdownAndExit() throws InterruptedException {
            await(server.shutdown());
            server.exit();
            assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the server exits after exit");
            return process.exitValue();
        }

        private <T> T await(CompletableFuture<T> future) {
            try {
                return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return fail("timed out; the server logged " + client.logs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            } catch (ExecutionException e) {
                throw new AssertionError(e.getCause());
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
