package dev.plumbline.engine;

import dev.plumbline.features.DocumentFeatures;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of analysing one snapshot: which language it was, the findings after configuration
 * and suppressions, and the parsed model for editor features that need it.
 */
public final class AnalysisResult {

    private final TextDocument document;
    private final Language language;
    private final boolean ignored;
    private final List<Finding> findings;
    private final Object model;
    private final Function<Finding, Optional<Fix>> ignoreFixer;
    private final DocumentFeatures features;
    /** The support that parsed {@link #model}, so a later analysis can hand it back to that support only. */
    private final LanguageSupport<?> parsedBy;
    /** The part-local findings by part, for the next analysis of the document; {@code null} when none. */
    private final PartCache partCache;

    AnalysisResult(TextDocument document, Language language, boolean ignored, List<Finding> findings, Object model,
            Function<Finding, Optional<Fix>> ignoreFixer, DocumentFeatures features) {
        this(document, language, ignored, findings, model, ignoreFixer, features, null);
    }

    AnalysisResult(TextDocument document, Language language, boolean ignored, List<Finding> findings, Object model,
            Function<Finding, Optional<Fix>> ignoreFixer, DocumentFeatures features, LanguageSupport<?> parsedBy) {
        this(document, language, ignored, findings, model, ignoreFixer, features, parsedBy, null);
    }

    AnalysisResult(TextDocument document, Language language, boolean ignored, List<Finding> findings, Object model,
            Function<Finding, Optional<Fix>> ignoreFixer, DocumentFeatures features, LanguageSupport<?> parsedBy,
            PartCache partCache) {
        this.partCache = partCache;
        this.document = document;
        this.language = language;
        this.ignored = ignored;
        this.findings = List.copyOf(findings);
        this.model = model;
        this.ignoreFixer = ignoreFixer;
        this.features = features;
        this.parsedBy = parsedBy;
    }

    /** The result for a file Plumbline does not check. */
    public static AnalysisResult notChecked(TextDocument document, Language language, boolean ignored) {
        return new AnalysisResult(document, language, ignored, List.of(), null, f -> Optional.empty(),
                DocumentFeatures.none());
    }

    public TextDocument document() {
        return document;
    }

    /** The detected language; empty when the file is none of ours. */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** True when configuration told us to skip this file. */
    public boolean ignored() {
        return ignored;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The parsed model (e.g. a {@code Dockerfile}); empty when nothing was parsed. */
    public Optional<Object> model() {
        return Optional.ofNullable(model);
    }

    /** The edit that suppresses {@code finding} where it is, written in the file's own syntax. */
    public Optional<Fix> ignoreFix(Finding finding) {
        return ignoreFixer.apply(finding);
    }

    /**
     * The model, when {@code support} produced it for the document at {@code uri}: what
     * {@link LanguageSupport#reparse} may start from.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> modelFor(LanguageSupport<T> support, String uri) {
        return model != null && parsedBy == support && document.uri().equals(uri)
                ? Optional.of((T) model) : Optional.empty();
    }

    /** The cached part-local findings, when {@code support} produced them for the document at {@code uri}. */
    PartCache partCacheFor(LanguageSupport<?> support, String uri) {
        return partCache != null && parsedBy == support && document.uri().equals(uri) ? partCache : null;
    }

    /** Hover, completion, outline and navigation over this snapshot's model. */
    public DocumentFeatures features() {
        return features;
    }

    /**
     * Hover, completion, outline and navigation over this snapshot's model, looking into
     * {@code workspace} where help crosses files (a selector's workloads in other manifests, the CRD
     * of a custom resource defined elsewhere).
     *
     * @param workspace the document's place in its workspace as it is now, or empty
     */
    public DocumentFeatures features(Optional<WorkspaceView> workspace) {
        return features.withWorkspace(workspace);
    }
}
