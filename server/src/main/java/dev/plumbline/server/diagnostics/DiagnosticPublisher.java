package dev.plumbline.server.diagnostics;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.analysis.DocumentAnalyzer;
import dev.plumbline.server.analysis.LatestResults;
import dev.plumbline.server.document.DocumentStore;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends diagnostics, never for a stale snapshot. The check "is this still the document's latest
 * snapshot" and the send happen under one lock, so two runs for one document cannot overtake each
 * other: whatever is published last describes the newest text.
 */
public final class DiagnosticPublisher {

    private final Object lock = new Object();
    private final DocumentStore documents;
    private final LatestResults results;
    private final DiagnosticMapper mapper;
    private final Supplier<LanguageClient> client;

    public DiagnosticPublisher(DocumentStore documents, LatestResults results, DiagnosticMapper mapper,
            Supplier<LanguageClient> client) {
        this.documents = documents;
        this.results = results;
        this.mapper = mapper;
        this.client = client;
    }

    /** @return true when published; false when the run was canceled or its snapshot is no longer current */
    public boolean publish(DocumentAnalyzer.Analysis analysis, Cancellation cancellation) {
        TextDocument snapshot = analysis.result().document();
        synchronized (lock) {
            LanguageClient target = client.get();
            if (target == null || cancellation.isCanceled() || !documents.isCurrent(snapshot)) {
                return false;
            }
            results.put(analysis);
            target.publishDiagnostics(new PublishDiagnosticsParams(snapshot.uri(),
                    mapper.toDiagnostics(analysis.result()), snapshot.version()));
            return true;
        }
    }

    /** On close: forget the result and clear the editor's list (no version: the document is gone). */
    public void clear(String uri) {
        synchronized (lock) {
            results.remove(uri);
            LanguageClient target = client.get();
            if (target != null) {
                target.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
        }
    }
}
