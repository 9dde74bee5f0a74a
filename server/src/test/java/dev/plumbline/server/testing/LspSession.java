package dev.plumbline.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.server.ServerLauncher;
import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server, in process, behind real JSON-RPC: {@link ServerLauncher#serve} on one side of two
 * pipes, an LSP4J client launcher with a {@link RecordingClient} on the other. The session keeps the
 * client's copy of every open document, so edits from code actions can be applied and sent back as
 * {@code didChange}, as an editor does.
 */
public final class LspSession implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    public final RecordingClient client = new RecordingClient();
    public final LanguageServer server;
    private final Launcher<LanguageServer> launcher;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final OutputStream toServer;
    private final Map<String, TextDocument> mirror = new ConcurrentHashMap<>();

    private LspSession(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> serverExit) {
        this.toServer = toServer;
        serverExit.whenComplete((code, failure) -> {
            if (failure != null) {
                exitCode.completeExceptionally(failure);
            } else {
                exitCode.complete(code);
            }
        });
        launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** The real server in this JVM, serving {@code registry}'s rules over two pipes. */
    public static LspSession start(RuleRegistry registry, ConfigResolver resolver) {
        try {
            Pipe clientToServer = Pipe.open();
            Pipe serverToClient = Pipe.open();
            CompletableFuture<Integer> exit = new CompletableFuture<>();
            Thread serverThread = new Thread(() -> {
                try {
                    exit.complete(ServerLauncher.serve(Channels.newInputStream(clientToServer.source()),
                            Channels.newOutputStream(serverToClient.sink()),
                            new PrintStream(OutputStream.nullOutputStream()), registry, resolver));
                } catch (Throwable t) {
                    exit.completeExceptionally(t);
                } finally {
                    closeQuietly(serverToClient.sink());
                }
            }, "test-server");
            serverThread.setDaemon(true);
            serverThread.start();
            return new LspSession(Channels.newInputStream(serverToClient.source()),
                    Channels.newOutputStream(clientToServer.sink()), exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LspSession start(TestRules rules) {
        return start(rules.registry, rules.configResolver());
    }

    /** A session with a server in another process: {@code fromServer} is its stdout, {@code toServer} its stdin. */
    public static LspSession over(InputStream fromServer, OutputStream toServer, CompletableFuture<Integer> serverExit) {
        return new LspSession(fromServer, toServer, serverExit);
    }

    /** The client's raw JSON-RPC endpoint, to send what no typed API would. */
    public RemoteEndpoint clientEndpoint() {
        return launcher.getRemoteEndpoint();
    }


    /** Client capabilities of a modern editor: versioned edits, dynamic registration, configuration pull off. */
    public static InitializeParams defaultParams() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities(false));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(workspace);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities);
        return params;
    }

    public InitializeResult initialize() {
        return initialize(params -> { });
    }

    /** {@code initialize} with {@link #defaultParams()} changed by {@code customize}, then {@code initialized}. */
    public InitializeResult initialize(Consumer<InitializeParams> customize) {
        InitializeParams params = defaultParams();
        customize.accept(params);
        InitializeResult result = await(server.initialize(params));
        server.initialized(new InitializedParams());
        roundTrip();
        return result;
    }

    /**
     * One request and its answer. Messages travel in order, so afterwards the client has handled
     * everything the server sent before answering (e.g. the registrations sent during {@code initialized}).
     */
    public void roundTrip() {
        hover("untitled:round-trip", 0, 0);
    }

    /** Opens {@code uri} at version 1 as a Dockerfile (the test language). */
    public void open(String uri, String text) {
        open(uri, "dockerfile", text);
    }

    public void open(String uri, String languageId, String text) {
        mirror.put(uri, TextDocument.of(uri, languageId, 1, text));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    }

    /** Sends {@code changes} as version {@code version}, keeping the client's copy in step. */
    public void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
        TextDocument current = mirror.get(uri);
        if (current != null) {
            for (TextDocumentContentChangeEvent change : changes) {
                current = change.getRange() == null ? current.withText(change.getText(), version)
                        : current.applyChanges(List.of(new dev.plumbline.text.TextEdit(
                                LspRanges.fromLsp(change.getRange()), change.getText())), version);
            }
            mirror.put(uri, current.withText(current.text(), version));
        }
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
    }

    public static TextDocumentContentChangeEvent edit(int line, int character, int endLine, int endCharacter, String text) {
        return new TextDocumentContentChangeEvent(range(line, character, endLine, endCharacter), text);
    }

    public void close(String uri) {
        mirror.remove(uri);
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /**
     * Applies a code action's edit the way an editor does: checks the version it was made for, then
     * sends it as one {@code didChange} (edits from the end backwards, so each stays valid).
     *
     * @return the new version
     */
    public int applyAsChange(String uri, WorkspaceEdit edit) {
        TextDocument current = mirror.get(uri);
        assertNotNull(current, "not open: " + uri);
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
                TextDocumentEdit documentEdit = change.getLeft();
                assertEquals(uri, documentEdit.getTextDocument().getUri());
                assertEquals(current.version(), documentEdit.getTextDocument().getVersion(), "edit made for another version");
                documentEdit.getEdits().forEach(e -> edits.add(e.getLeft()));
            }
        } else {
            edits.addAll(edit.getChanges().get(uri));
        }
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        int version = current.version() + 1;
        change(uri, version, edits.stream()
                .map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText()))
                .toArray(TextDocumentContentChangeEvent[]::new));
        return version;
    }

    /** The client's copy of the document's text. */
    public String text(String uri) {
        return mirror.get(uri).text();
    }

    public int version(String uri) {
        return mirror.get(uri).version();
    }

    public Hover hover(String uri, int line, int character) {
        return await(server.getTextDocumentService().hover(
                new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character))));
    }

    /** Code actions for {@code range}, sending {@code diagnostics} as the context, as editors do. */
    public List<CodeAction> codeActions(String uri, Range range, List<Diagnostic> diagnostics, List<String> only) {
        CodeActionContext context = new CodeActionContext(diagnostics, only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = await(server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
        return actions.stream().map(Either::getRight).toList();
    }

    public static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new Position(line, character), new Position(endLine, endCharacter));
    }

    /** Waits for a result (never for time): fails after {@link #TIMEOUT} with what the client saw. */
    public <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("timed out; the client saw publishes " + client.publishesSummary() + " and logs "
                    + client.logs().stream().map(m -> m.getMessage()).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    /** {@code shutdown} then {@code exit}; returns the exit code the server chose. */
    public int shutdownAndExit() {
        await(server.shutdown());
        server.exit();
        return await(exitCode);
    }

    /** {@code exit} alone (no shutdown); returns the exit code the server chose. */
    public int exitWithoutShutdown() {
        server.exit();
        return await(exitCode);
    }

    /** Waits until the server ends on its own; returns its exit code. */
    public int awaitExit() {
        return await(exitCode);
    }

    /** Closes the client's output, like an editor that dies; returns the exit code the server chose. */
    public int closeInput() {
        closeQuietly(toServer);
        return await(exitCode);
    }

    /**
     * Ends the session gracefully when the test did not: the {@code shutdown} round trip also makes
     * sure the client has answered every request the server sent before it.
     */
    @Override
    public void close() {
        try {
            if (!exitCode.isDone()) {
                server.shutdown().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                server.exit();
                exitCode.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            // the test already failed or the server already ended
        }
        closeQuietly(toServer);
        // the client's reader ends by itself: the server's output closes when it ends
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
