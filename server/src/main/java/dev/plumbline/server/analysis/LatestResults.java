package dev.plumbline.server.analysis;

import dev.plumbline.text.TextDocument;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest analysis per document, for hover and code actions (they never re-parse): an entry is
 * only handed out to them while it still describes the document's current snapshot under the current
 * configuration generation. The next analysis of the document starts from the latest entry whatever
 * its version, so the language re-parses only what the edits changed.
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

    /** The latest stored analysis of the document, whatever its version or generation: a start for re-parsing. */
    public Optional<DocumentAnalyzer.Analysis> latest(String uri) {
        return Optional.ofNullable(results.get(uri));
    }

    public void remove(String uri) {
        results.remove(uri);
    }
}
