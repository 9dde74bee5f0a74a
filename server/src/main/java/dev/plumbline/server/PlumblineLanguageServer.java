package dev.plumbline.server;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.server.document.DocumentPaths;
import dev.plumbline.server.lsp.ClientSupport;
import dev.plumbline.server.lsp.DynamicRegistrations;
import dev.plumbline.server.lsp.PlumblineTextDocumentService;
import dev.plumbline.server.lsp.PlumblineWorkspaceService;
import dev.plumbline.server.lsp.ServerCapabilitiesFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP lifecycle: {@code initialize} (capabilities, client support, workspace folders, options,
 * parent process), {@code initialized}, {@code shutdown} and {@code exit}. Documents and workspace
 * events go to the two services.
 */
public final class PlumblineLanguageServer implements LanguageServer, LanguageClientAware {

    private final LanguageService service;
    private final TextDocumentService textDocuments;
    private final WorkspaceService workspace;
    private final ParentProcessWatcher parentWatcher;
    private final IntConsumer onExit;
    private volatile boolean shutdownRequested;

    /**
     * @param analyzer the engine with its rules (the built-in ones, or a test registry)
     * @param onExit receives the process exit code: on {@code exit} (0 after {@code shutdown}, 1 otherwise)
     *     and when the client process dies (1)
     */
    public PlumblineLanguageServer(Analyzer analyzer, ConfigResolver resolver, ServerLog log, IntConsumer onExit) {
        this.service = new LanguageService(analyzer, resolver, log);
        this.textDocuments = new PlumblineTextDocumentService(service);
        this.workspace = new PlumblineWorkspaceService(service);
        this.onExit = onExit;
        this.parentWatcher = new ParentProcessWatcher(log, () -> onExit.accept(1));
    }

    @Override
    public void connect(LanguageClient client) {
        service.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        InitializeParams p = params == null ? new InitializeParams() : params;
        service.clientSupport(ClientSupport.from(p.getCapabilities()));
        service.folders().set(workspaceFolders(p));
        service.indexes().setFolders(service.folders().all());
        service.settings().initialize(p.getInitializationOptions(), service.clientSupport().configurationPull());
        parentWatcher.watch(p.getProcessId());
        service.log().info("Plumbline " + Version.current() + " initialized for "
                + (p.getClientInfo() == null ? "an unnamed client" : p.getClientInfo().getName())
                + ", workspace folders " + service.folders().all() + ".");
        return CompletableFuture.completedFuture(
                new InitializeResult(ServerCapabilitiesFactory.create(), new ServerInfo("plumbline", Version.current())));
    }

    /** Workspace folders, else the deprecated root URI / root path older clients still send. */
    @SuppressWarnings("deprecation")
    private static List<Path> workspaceFolders(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            params.getWorkspaceFolders().stream()
                    .filter(Objects::nonNull)
                    .map(WorkspaceFolder::getUri)
                    .filter(Objects::nonNull)
                    .forEach(uri -> DocumentPaths.filePath(uri).ifPresent(folders::add));
        }
        if (folders.isEmpty() && params.getRootUri() != null) {
            DocumentPaths.filePath(params.getRootUri()).ifPresent(folders::add);
        }
        if (folders.isEmpty() && params.getRootPath() != null) {
            try {
                folders.add(Path.of(params.getRootPath()));
            } catch (RuntimeException e) {
                // an unusable root path: no folder, so configuration lookups go up to the file system root
            }
        }
        return folders;
    }

    @Override
    public void initialized(InitializedParams params) {
        LanguageClient client = service.client();
        if (client != null) {
            DynamicRegistrations.register(client, service.clientSupport(), service.log());
        }
        service.settings().pullIfSupported();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        service.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        onExit.accept(exitCode());
    }

    /** Stops the worker threads; the session is over. */
    public void dispose() {
        service.close();
    }

    /** 0 once {@code shutdown} was requested, 1 otherwise (the LSP rule, also used when stdin closes). */
    public int exitCode() {
        return shutdownRequested ? 0 : 1;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}
