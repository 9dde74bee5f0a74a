package dev.plumbline.cli;

import dev.plumbline.workspace.SourceWalker;
import dev.plumbline.workspace.WorkspaceView;
import dev.plumbline.workspace.SourceText;
import dev.plumbline.config.Config;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageDetector;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks one file the way the editor would: read it (UTF-8, BOM dropped), find its configuration,
 * let the {@link Analyzer} detect the kind and run the rules. Never throws: a file that cannot be
 * read is a {@link FileResult#readError()}, and a failure inside the engine becomes an
 * {@code plumbline/internal-error} finding instead of a stack trace.
 */
final class FileChecker {

    /**
     * Files above this size are not read whole. UTF-8 needs at least one byte per char, and at most
     * four, so a file this large surely exceeds the analyzer's char limit.
     */
    static final long MAX_BYTES = 4L * Analyzer.MAX_CHARS;

    /** Content that makes any YAML file Kubernetes; used to ask whether some content could make a file ours. */
    private static final String KUBERNETES_PROBE = "apiVersion: v1\nkind: Pod\n";

    private final Analyzer analyzer;
    private final Function<Path, ResolvedConfig> configs;
    private final Function<Path, Optional<WorkspaceView>> workspaces;
    private final long maxBytes;

    /**
     * @param configs the configuration that applies to each file
     * @param workspaces where each file sits in its workspace, for cross-file rules
     */
    FileChecker(Analyzer analyzer, Function<Path, ResolvedConfig> configs,
            Function<Path, Optional<WorkspaceView>> workspaces, long maxBytes) {
        this.analyzer = analyzer;
        this.configs = configs;
        this.workspaces = workspaces;
        this.maxBytes = maxBytes;
    }

    /**
     * False when no content could make {@code file} one of ours, so it need not be read at all: the
     * name decides for every kind except Kubernetes, which any YAML file may be.
     */
    static boolean mightBeOurs(Path file) {
        return LanguageDetector.detect(file.toString(), "", KUBERNETES_PROBE).isPresent();
    }

    FileResult check(Path file) {
        try {
            ResolvedConfig resolved = configs.apply(file);
            String path = resolved.analysisPath(file);
            SourceText source = SourceText.read(file, maxBytes);
            return source.truncated()
                    ? tooLarge(file, path, resolved.config(), source)
                    : analyze(file, path, resolved.config(), source);
        } catch (IOException e) {
            return FileResult.unreadable(file, SourceWalker.reason(e));
        } catch (RuntimeException | StackOverflowError e) {
            Finding failure = finding(EngineRules.INTERNAL_ERROR, Range.of(0, 0, 0, 0), "Checking this file failed ("
                    + e.getClass().getSimpleName() + ") and it was skipped. Please report it.");
            return new FileResult(file, true, List.of(failure), Optional.empty());
        }
    }

    private FileResult analyze(Path file, String path, Config config, SourceText source) {
        TextDocument document = TextDocument.of(file.toUri().toString(), "", 0, source.text());
        AnalysisResult result = analyzer.analyze(document, path, config, workspaces.apply(file).orElse(null),
                Cancellation.NONE);
        if (result.language().isEmpty() || result.ignored()) {
            return FileResult.notChecked(file);
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        boolean unsupported = findings.stream().anyMatch(f -> f.ruleId().equals(EngineRules.UNSUPPORTED_CONTENT.id()));
        if (source.hasInvalidUtf8() && !unsupported) {
            int at = source.firstBadChar();
            Finding invalid = finding(EngineRules.UNSUPPORTED_CONTENT, document.rangeOf(at, at + 1),
                    "File is not valid UTF-8 (first invalid byte at offset " + source.firstBadByte()
                            + "); invalid bytes were read as U+FFFD and the rest of the file was checked.");
            configured(invalid, config).ifPresent(findings::add);
            findings.sort(Finding.ORDER);
        }
        return new FileResult(file, true, findings, Optional.empty());
    }

    /** Reported without reading the file whole; its start tells whether it is ours at all. */
    private FileResult tooLarge(Path file, String path, Config config, SourceText source) {
        Optional<Language> language = LanguageDetector.detect(path, "", source.text());
        if (language.isEmpty() || config.isIgnored(path)) {
            return FileResult.notChecked(file);
        }
        long megabytes = source.size() / (1024 * 1024);
        Finding finding = finding(EngineRules.UNSUPPORTED_CONTENT, Range.of(0, 0, 0, 0), "File is too large to check ("
                + megabytes + " MB; the limit is " + Analyzer.MAX_CHARS / (1024 * 1024) + " MB).");
        return new FileResult(file, true, configured(finding, config).stream().toList(), Optional.empty());
    }

    /** The finding as configuration wants it: dropped when its rule is off, else at the configured severity. */
    private static Optional<Finding> configured(Finding finding, Config config) {
        Optional<RuleSetting> setting = config.settingFor(finding);
        if (setting.isEmpty()) {
            return Optional.of(finding);
        }
        return setting.get().off() ? Optional.empty() : Optional.of(finding.withSeverity(setting.get().severity()));
    }

    private static Finding finding(RuleMeta meta, Range range, String message) {
        return new Finding(meta.id(), meta.defaultSeverity(), message, range, List.of(), List.of());
    }
}
