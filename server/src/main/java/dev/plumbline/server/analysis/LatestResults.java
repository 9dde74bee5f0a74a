package dev.plumbline.server.analysis;

import dev.plumbline.text.TextDocument;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest analysis per document, for hover and code actions (they never re-parse). An entry is
 * only handed out while it still describes the document's current snapshot under the current
 * configuration generation.
 */
public final class LatestResults {

    private final ConcurrentHashMap<String, DocumentAnalyzer.Analysis> results = new ConcurrentHashMap<>();

    /** Stores an analysis; callers store only analyses of the current snapshot. */
    public void put(DocumentAnalyzer.Analysis analysis) {
        results.put(analysis.result().document().uri(), analysis);
    }

    /** The stored result when it was computed for exactly {@code snapshot} under {@code generation}. */
    public Optional<DocumentAnalyzer.Analysis> fresh(TextDocument snapshot, long generation) {
        DocumentAnalyzer.Analysis analysis = results.get(snapshot.uri());
        return analysis != null && analysis.result().document() == snapshot && analysis.generation() == generation
                ? Optional.of(analysis)
                : Optional.empty();
    }

    public void remove(String uri) {
        results.remove(uri);
    }
}
