package dev.plumbline.server;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.server.analysis.AnalysisScheduler;
import dev.plumbline.server.analysis.CurrentAnalysis;
import dev.plumbline.server.analysis.DaemonThreads;
import dev.plumbline.server.analysis.DocumentAnalyzer;
import dev.plumbline.server.analysis.LatestResults;
import dev.plumbline.server.analysis.WorkspaceFolders;
import dev.plumbline.server.analysis.WorkspaceIndexes;
import dev.plumbline.server.document.DocumentPaths;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.server.diagnostics.DiagnosticMapper;
import dev.plumbline.server.diagnostics.DiagnosticPublisher;
import dev.plumbline.server.document.DocumentStore;
import dev.plumbline.server.features.CodeActionProvider;
import dev.plumbline.server.features.CompletionProvider;
import dev.plumbline.server.features.HoverProvider;
import dev.plumbline.server.features.NavigationProvider;
import dev.plumbline.server.features.OutlineProvider;
import dev.plumbline.server.lsp.ClientSupport;
import dev.plumbline.server.settings.ServerSettings;
import dev.plumbline.server.settings.SettingsParser;
import dev.plumbline.server.settings.SettingsSync;
import dev.plumbline.workspace.WorkspaceView;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's state and features, wired once: open documents, their analyses, settings and workspace
 * folders, and the feature classes. The LSP4J protocol classes look things up here and delegate.
 */
public final class LanguageService implements AutoCloseable {

    private final ServerLog log;
    private final AtomicReference<LanguageClient> client = new AtomicReference<>();
    private volatile ClientSupport clientSupport = ClientSupport.NONE;

    private final DocumentStore documents = new DocumentStore();
    private final WorkspaceFolders folders = new WorkspaceFolders();
    private final WorkspaceIndexes indexes;
    private final DocumentAnalyzer analyzer;
    private final DiagnosticPublisher publisher;
    private final AnalysisScheduler scheduler;
    private final CurrentAnalysis current;
    private final DiagnosticMapper diagnostics = new DiagnosticMapper(() -> clientSupport.relatedInformation());
    private final HoverProvider hover = new HoverProvider();
    private final CodeActionProvider codeActions = new CodeActionProvider(diagnostics);
    private final CompletionProvider completion = new CompletionProvider();
    private final OutlineProvider outline = new OutlineProvider();
    private final NavigationProvider navigation = new NavigationProvider();
    private final SettingsSync settings;
    /** Requests (hover, code actions, completion, navigation) run here, never on the JSON-RPC thread. */
    private final ExecutorService requests = Executors.newFixedThreadPool(2, DaemonThreads.named("plumbline-request"));

    public LanguageService(Analyzer engine, ConfigResolver resolver, ServerLog log) {
        this.log = log;
        this.indexes = new WorkspaceIndexes(new WorkspaceScanner(engine.registry().factsExtractors()), log,
                this::workspaceChanged);
        LatestResults results = new LatestResults();
        this.analyzer = new DocumentAnalyzer(engine, resolver, folders, indexes, results);
        this.publisher = new DiagnosticPublisher(documents, results, diagnostics, client::get);
        this.scheduler = new AnalysisScheduler(documents, analyzer, publisher, () -> analyzer.settings().debounceMs(), log);
        this.current = new CurrentAnalysis(documents, analyzer, results);
        SettingsParser parser = new SettingsParser(key -> !engine.registry().resolve(key, null).isEmpty(), log::warn);
        this.settings = new SettingsSync(parser, this::applySettings, client::get, log);
    }

    public void connect(LanguageClient languageClient) {
        client.set(languageClient);
        log.connect(languageClient);
    }

    public LanguageClient client() {
        return client.get();
    }

    public void clientSupport(ClientSupport support) {
        clientSupport = support;
    }

    public ClientSupport clientSupport() {
        return clientSupport;
    }

    /** New settings: when they differ, every open document is analysed again. */
    private void applySettings(ServerSettings newSettings) {
        if (analyzer.updateSettings(newSettings)) {
            log.info("Settings applied: debounce " + newSettings.debounceMs() + " ms, " + newSettings.rules().size()
                    + " rule setting(s).");
            scheduler.analyzeAllNow();
        }
    }

    /** A {@code .plumbline.yaml} or the set of workspace folders changed. */
    public void configurationFilesChanged() {
        indexes.setFolders(folders.all());
        analyzer.configurationFilesChanged();
        scheduler.analyzeAllNow();
    }

    /** Files of the workspace changed on disk (or an index scan finished): cross-file facts moved. */
    public void workspaceChanged() {
        analyzer.workspaceChanged();
        scheduler.analyzeAllNow();
    }

    public WorkspaceIndexes indexes() {
        return indexes;
    }

    /**
     * Where the document at {@code uri} sits in its workspace folder's index, as the index is now, for
     * editor help that crosses files; empty for documents without a file or outside every folder.
     */
    public Optional<WorkspaceView> workspaceOf(String uri) {
        return DocumentPaths.filePath(uri).flatMap(indexes::viewFor);
    }

    /** Close: stop the document's analysis and clear its diagnostics in the editor; the disk is the truth again. */
    public void closeDocument(String uri) {
        documents.close(uri);
        scheduler.cancel(uri);
        publisher.clear(uri);
        DocumentPaths.filePath(uri).ifPresent(indexes::fileChanged);
    }

    public DocumentStore documents() {
        return documents;
    }

    public WorkspaceFolders folders() {
        return folders;
    }

    public AnalysisScheduler scheduler() {
        return scheduler;
    }

    public CurrentAnalysis current() {
        return current;
    }

    public HoverProvider hover() {
        return hover;
    }

    public CodeActionProvider codeActions() {
        return codeActions;
    }

    public CompletionProvider completion() {
        return completion;
    }

    public OutlineProvider outline() {
        return outline;
    }

    public NavigationProvider navigation() {
        return navigation;
    }

    public SettingsSync settings() {
        return settings;
    }

    public ExecutorService requests() {
        return requests;
    }

    public ServerLog log() {
        return log;
    }

    @Override
    public void close() {
        indexes.close();
        scheduler.close();
        requests.shutdown(); // running requests finish and answer; see AnalysisScheduler#close
    }
}
