package dev.plumbline.server.analysis;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.document.DocumentStore;
import dev.plumbline.text.TextDocument;
import java.util.Optional;

/**
 * The analysis of a document's current snapshot, for hover and code actions: the published one when
 * it is still fresh, otherwise computed now (e.g. a request right after typing, inside the debounce).
 */
public final class CurrentAnalysis {

    private final DocumentStore documents;
    private final DocumentAnalyzer analyzer;
    private final LatestResults results;

    public CurrentAnalysis(DocumentStore documents, DocumentAnalyzer analyzer, LatestResults results) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.results = results;
    }

    /**
     * @return empty when the document is not open
     * @throws java.util.concurrent.CancellationException when {@code cancellation} fires during a computation
     */
    public Optional<AnalysisResult> of(String uri, Cancellation cancellation) {
        Optional<TextDocument> snapshot = documents.get(uri);
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentAnalyzer.Analysis> fresh = results.fresh(snapshot.get(), analyzer.generation());
        if (fresh.isPresent()) {
            return Optional.of(fresh.get().result());
        }
        DocumentAnalyzer.Analysis computed = analyzer.analyze(snapshot.get(), cancellation);
        if (documents.isCurrent(snapshot.get())) {
            results.put(computed);
        }
        return Optional.of(computed.result());
    }
}
