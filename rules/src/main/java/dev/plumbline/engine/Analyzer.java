package dev.plumbline.engine;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.features.DocumentFeatures;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Analyses one file: detect its language, parse it once, run that language's rules (each isolated, with
 * a cancellation check between rules), then apply configuration and suppressions.
 */
public final class Analyzer {

    /** Files larger than this many characters are reported, not parsed. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private final RuleRegistry registry;
    private final Consumer<String> log;

    public Analyzer(RuleRegistry registry) {
        this(registry, message -> { });
    }

    /** @param log receives one line for each rule that throws */
    public Analyzer(RuleRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * @param document the snapshot to analyse
     * @param path the file's path relative to the configuration's directory (forward slashes), or
     *     its absolute path when no configuration applies; matched against ignore globs, and used
     *     for detection when the document's URI has no path of its own (e.g. {@code untitled:})
     * @param config the configuration that applies to this file
     * @throws CancellationException when {@code cancellation} fires
     */
    public AnalysisResult analyze(TextDocument document, String path, Config config, Cancellation cancellation) {
        return analyze(document, path, config, null, cancellation);
    }

    /**
     * As {@link #analyze(TextDocument, String, Config, Cancellation)}, with the workspace the file
     * belongs to, so cross-file rules can look at other files.
     *
     * @param workspace the file's place in its workspace index, or {@code null}
     */
    public AnalysisResult analyze(TextDocument document, String path, Config config, WorkspaceView workspace,
            Cancellation cancellation) {
        return analyze(document, path, config, workspace, null, cancellation);
    }

    /**
     * As {@link #analyze(TextDocument, String, Config, WorkspaceView, Cancellation)}, starting from the
     * analysis of another version of the same document (usually the one before the latest edit), so the
     * language can re-parse only what changed. The result is the same as without it.
     *
     * @param previous an earlier analysis of the document with the same URI, or {@code null}
     */
    public AnalysisResult analyze(TextDocument document, String path, Config config, WorkspaceView workspace,
            AnalysisResult previous, Cancellation cancellation) {
        // a path relative to a config inside .github/ would hide the .github/workflows/ location
        String detectionPath = uriPath(document.uri()).orElse(path);
        Optional<Language> detected = LanguageDetector.detect(detectionPath, document.languageId(), document.text());
        if (detected.isEmpty()) {
            return AnalysisResult.notChecked(document, null, false);
        }
        Language language = detected.get();
        if (config.isIgnored(path)) {
            return AnalysisResult.notChecked(document, language, true);
        }
        Optional<String> unsupported = unsupportedContent(document);
        if (unsupported.isPresent()) {
            Finding finding = engineFinding(EngineRules.UNSUPPORTED_CONTENT, Range.of(0, 0, 0, 0), unsupported.get());
            return new AnalysisResult(document, language, false, applyConfig(List.of(finding), config), null,
                    f -> Optional.empty(), DocumentFeatures.none());
        }
        Optional<RuleRegistry.Binding<?>> binding = registry.binding(language);
        if (binding.isEmpty()) {
            return AnalysisResult.notChecked(document, language, false);
        }
        return run(binding.get(), document, detectionPath, config, workspace, previous, cancellation);
    }

    private <T> AnalysisResult run(RuleRegistry.Binding<T> binding, TextDocument document, String filePath,
            Config config, WorkspaceView workspace, AnalysisResult previous, Cancellation cancellation) {
        LanguageSupport<T> support = binding.support();
        cancellation.checkCanceled();
        Optional<T> earlier = previous == null ? Optional.empty() : previous.modelFor(support, document.uri());
        T model = earlier.isPresent()
                ? support.reparse(earlier.get(), document, cancellation)
                : support.parse(document, cancellation);
        List<Rule<T>> enabled = new ArrayList<>();
        for (Rule<T> rule : binding.rules()) {
            if (isEnabled(rule.meta(), config)) {
                enabled.add(rule);
            }
        }
        List<Finding> raw = new ArrayList<>();
        PartCache partCache = null;
        Optional<ModelParts<T>> parted = support.modelParts();
        if (parted.isPresent()) {
            ModelParts<T> parts = parted.get();
            List<Rule<T>> local = enabled.stream().filter(r -> parts.isLocal(r.meta())).toList();
            List<Rule<T>> atLines = enabled.stream()
                    .filter(r -> !parts.isLocal(r.meta()) && parts.isLocalAtItsLines(r.meta())).toList();
            if (!local.isEmpty() || !atLines.isEmpty()) {
                // part-local rules may read the workspace too (custom resources against workspace CRDs): a
                // changed index makes every cached part stale
                List<Object> workspaceState = workspace == null ? List.of()
                        : List.of(workspace.index(), workspace.index().version(), workspace.selfPath());
                List<Object> key = PartCache.keyOf(config, document.lineSeparator(),
                        List.of(parts.context(model), workspaceState));
                PartRunner<T> runner = new PartRunner<>(parts, model, key,
                        previous == null ? null : previous.partCacheFor(support, document.uri()));
                PartRunner.RuleRunner<T> run = (rule, on) -> runRule(rule, on, document, config, workspace, cancellation);
                runner.run(local, false, run, cancellation, raw);
                runner.run(atLines, true, run, cancellation, raw);
                partCache = runner.cache();
                enabled = enabled.stream().filter(r -> !local.contains(r) && !atLines.contains(r)).toList();
            }
        }
        for (Rule<T> rule : enabled) {
            cancellation.checkCanceled();
            raw.addAll(runRule(rule, model, document, config, workspace, cancellation).findings());
        }
        if (config.inlineSuppressions() && config.peerSuppressions()) {
            raw = support.applyFileSettings(model, document, raw);
        }
        List<Finding> configured = applyConfig(raw, config);
        List<Suppression> suppressions = new ArrayList<>(suppressionsOf(support, model, document, config));
        suppressions.addAll(config.peerIgnoresFor(filePath)); // e.g. zizmor.yml "ignore:" entries for this file
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : configured) {
            if (suppressions.stream().noneMatch(s -> s.silences(finding))) {
                kept.add(finding);
            }
        }
        kept.sort(Finding.ORDER); // stable: ties keep their order
        kept = withoutDuplicates(kept);
        return new AnalysisResult(document, support.language(), false, kept, model,
                finding -> support.ignoreFix(model, document, finding),
                DocumentFeatures.of(model, document, support.features(), log), support, partCache);
    }

    /**
     * Identical findings once, keeping the first: they sort next to each other (among findings
     * the order ties), so only those ties are compared in full, never hashed.
     */
    private static List<Finding> withoutDuplicates(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted.size());
        int tieStart = 0;
        for (Finding finding : sorted) {
            if (!out.isEmpty() && Finding.ORDER.compare(out.get(out.size() - 1), finding) != 0) {
                tieStart = out.size();
            }
            boolean seen = false;
            for (int i = tieStart; i < out.size() && !seen; i++) {
                seen = out.get(i).equals(finding);
            }
            if (!seen) {
                out.add(finding);
            }
        }
        return out;
    }

    /** A rule's findings, or one internal-error finding when it throws ({@code failed} tells which). */
    record RuleRun(List<Finding> findings, boolean failed) {
    }

    private <T> RuleRun runRule(Rule<T> rule, T model, TextDocument document, Config config, WorkspaceView workspace,
            Cancellation cancellation) {
        RuleContext<T> context = new RuleContext<>(rule.meta(), model, document, config, workspace, cancellation);
        try {
            rule.check(context);
            return new RuleRun(context.findings(), false);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            log.accept("rule " + rule.meta().id() + " failed on " + document.uri() + ": " + e);
            return new RuleRun(List.of(engineFinding(EngineRules.INTERNAL_ERROR, Range.of(0, 0, 0, 0),
                    "Rule " + rule.meta().id() + " failed on this file and was skipped ("
                            + e.getClass().getSimpleName() + "). Please report it.")), true);
        }
    }

    private static <T> List<Suppression> suppressionsOf(LanguageSupport<T> support, T model, TextDocument document,
            Config config) {
        // "<domain>.inlineSuppressions: false" (e.g. from hadolint's disable-ignore-pragma) turns them off for one kind
        if (!config.inlineSuppressions()
                || Boolean.FALSE.equals(config.options().get(support.language().domain() + ".inlineSuppressions"))) {
            return List.of();
        }
        return support.suppressions(model, document).stream()
                .filter(s -> config.peerSuppressions() || !s.isPeer())
                .toList();
    }

    private static boolean isEnabled(RuleMeta meta, Config config) {
        Optional<RuleSetting> setting = config.settingFor(meta);
        // a rule turned off by id never runs; peer-id settings are decided per finding
        if (setting.isPresent()) {
            return !setting.get().off();
        }
        boolean namedByPeer = meta.aliases().stream().anyMatch(a -> config.rules().containsKey(a.id())
                && !config.rules().get(a.id()).off());
        return meta.enabledByDefault() || namedByPeer;
    }

    private static List<Finding> applyConfig(List<Finding> findings, Config config) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<RuleSetting> setting = config.settingFor(finding);
            if (setting.isEmpty()) {
                out.add(finding);
            } else if (!setting.get().off()) {
                out.add(finding.withSeverity(setting.get().severity()));
            }
        }
        return out;
    }

    private static Optional<String> unsupportedContent(TextDocument document) {
        String text = document.text();
        if (text.length() > MAX_CHARS) {
            return Optional.of("File is too large to check (" + text.length() / (1024 * 1024)
                    + " MB; the limit is " + MAX_CHARS / (1024 * 1024) + " MB).");
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of("File contains NUL characters; it looks binary and was not checked.");
        }
        return Optional.empty();
    }

    /** The decoded path of a hierarchical URI such as {@code file:///w/Dockerfile}; empty for opaque ones. */
    static Optional<String> uriPath(String uri) {
        try {
            java.net.URI parsed = new java.net.URI(uri);
            return parsed.isOpaque() || parsed.getPath() == null || parsed.getPath().isEmpty()
                    ? Optional.empty() : Optional.of(parsed.getPath());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Finding engineFinding(RuleMeta meta, Range range, String message) {
        return new Finding(meta.id(), meta.defaultSeverity(), message, range, List.of(), List.of());
    }
}
