package dev.plumbline.server.analysis;

import dev.plumbline.config.Config;
import dev.plumbline.config.ConfigResolver;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.document.DocumentPaths;
import dev.plumbline.server.settings.ServerSettings;
import dev.plumbline.text.TextDocument;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the engine on one snapshot under the configuration that applies to it: the nearest
 * {@code .plumbline.yaml} (bounded by the workspace folder holding the file) over the editor's
 * settings. Documents without a file (e.g. {@code untitled:}) get the settings alone.
 *
 * <p>Every change of configuration bumps a generation number, so results computed before the change
 * are recognisably stale.
 */
public final class DocumentAnalyzer {

    private final Analyzer analyzer;
    private final ConfigResolver resolver;
    private final WorkspaceFolders folders;
    private final WorkspaceIndexes indexes;
    private final LatestResults latest;
    private final AtomicLong generation = new AtomicLong();
    private volatile ServerSettings settings = ServerSettings.DEFAULTS;

    /** @param latest the stored analyses; each run starts from the document's latest one (incremental parsing) */
    public DocumentAnalyzer(Analyzer analyzer, ConfigResolver resolver, WorkspaceFolders folders,
            WorkspaceIndexes indexes, LatestResults latest) {
        this.analyzer = analyzer;
        this.resolver = resolver;
        this.folders = folders;
        this.indexes = indexes;
        this.latest = latest;
    }

    /** An analysis together with the configuration generation it was computed under. */
    public record Analysis(AnalysisResult result, long generation) {
    }

    /** @throws java.util.concurrent.CancellationException when {@code cancellation} fires */
    public Analysis analyze(TextDocument document, Cancellation cancellation) {
        // read the generation before the configuration, so a change during the run makes the result stale
        long startedUnder = generation.get();
        Config fromSettings = settings.config();
        AnalysisResult previous = latest.latest(document.uri()).map(Analysis::result).orElse(null);
        Optional<Path> file = DocumentPaths.filePath(document.uri());
        if (file.isEmpty()) {
            return new Analysis(analyzer.analyze(document, DocumentPaths.virtualPath(document.uri()), fromSettings,
                    null, previous, cancellation), startedUnder);
        }
        // program paths come from the editor's settings only, never from the repository's files
        ResolvedConfig resolved = withoutProgramPaths(
                resolver.resolve(file.get(), folders.containing(file.get()).orElse(null))).over(fromSettings);
        // the editor's text is what other files' cross-file checks should see of this one
        indexes.documentChanged(file.get(), document.text());
        return new Analysis(analyzer.analyze(document, resolved.analysisPath(file.get()), resolved.config(),
                indexes.viewFor(file.get()).orElse(null), previous, cancellation), startedUnder);
    }

    /**
     * Options that name a program to run (e.g. {@code dockerfile.shellcheckPath}) are not taken from
     * a repository's {@code .plumbline.yaml} in the editor: opening a repository must never make the
     * server run a program the repository chose. The editor's own settings choose ShellCheck
     * ({@code plumbline.shellcheck.path}, else PATH); {@code check}, which the user runs on purpose,
     * honours the file's options.
     */
    static ResolvedConfig withoutProgramPaths(ResolvedConfig resolved) {
        Config safe = resolved.config().withoutOptions(DocumentAnalyzer::namesAProgram);
        return safe == resolved.config() ? resolved
                : new ResolvedConfig(safe, resolved.configFile(), resolved.problems());
    }

    static boolean namesAProgram(String optionKey) {
        return optionKey.endsWith("Path") && optionKey.toLowerCase(Locale.ROOT).contains("shellcheck");
    }

    public long generation() {
        return generation.get();
    }

    public ServerSettings settings() {
        return settings;
    }

    /** @return true when the settings differ from the current ones (and open documents need a new analysis) */
    public boolean updateSettings(ServerSettings newSettings) {
        if (newSettings.equals(settings)) {
            return false;
        }
        settings = newSettings;
        generation.incrementAndGet();
        return true;
    }

    /** Another file of the workspace changed: results computed before are stale for cross-file rules. */
    public void workspaceChanged() {
        generation.incrementAndGet();
    }

    /** A {@code .plumbline.yaml} or workspace folder changed: forget cached configuration files. */
    public void configurationFilesChanged() {
        resolver.invalidate();
        generation.incrementAndGet();
    }
}
