package dev.plumbline.server.analysis;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.server.ServerLog;
import dev.plumbline.server.diagnostics.DiagnosticPublisher;
import dev.plumbline.server.document.DocumentStore;
import dev.plumbline.text.TextDocument;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Per-document analysis off the JSON-RPC thread. Each request replaces (and cancels) the document's
 * previous one, so the newest version wins: a pending run never starts, a running one stops at its
 * next cancellation check. {@code didOpen} analyses at once, {@code didChange} after the debounce delay.
 */
public final class AnalysisScheduler implements AutoCloseable {

    /** One requested run; canceled when a newer request for the same document replaces it. */
    private static final class Ticket implements Cancellation {
        private volatile boolean canceled;
        private volatile Future<?> future;

        @Override
        public boolean isCanceled() {
            return canceled;
        }

        void cancel() {
            canceled = true;
            Future<?> scheduled = future;
            if (scheduled != null) {
                scheduled.cancel(false); // a running analysis sees the flag instead of an interrupt
            }
        }
    }

    private final DocumentStore documents;
    private final DocumentAnalyzer analyzer;
    private final DiagnosticPublisher publisher;
    private final IntSupplier debounceMs;
    private final ServerLog log;
    private final ScheduledExecutorService executor;
    private final ConcurrentHashMap<String, Ticket> tickets = new ConcurrentHashMap<>();

    public AnalysisScheduler(DocumentStore documents, DocumentAnalyzer analyzer, DiagnosticPublisher publisher,
            IntSupplier debounceMs, ServerLog log) {
        this.documents = documents;
        this.analyzer = analyzer;
        this.publisher = publisher;
        this.debounceMs = debounceMs;
        this.log = log;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads(), DaemonThreads.named("plumbline-analysis"));
        pool.setRemoveOnCancelPolicy(true); // debounced runs are canceled often; don't keep them queued
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = pool;
    }

    private static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / 2));
    }

    public void analyzeNow(String uri) {
        schedule(uri, 0);
    }

    public void analyzeAfterDebounce(String uri) {
        schedule(uri, debounceMs.getAsInt());
    }

    /** Settings or configuration files changed: every open document again, at once. */
    public void analyzeAllNow() {
        documents.uris().forEach(this::analyzeNow);
    }

    /** Drops the document's pending or running analysis. */
    public void cancel(String uri) {
        Ticket ticket = tickets.remove(uri);
        if (ticket != null) {
            ticket.cancel();
        }
    }

    private void schedule(String uri, int delayMs) {
        Ticket ticket = new Ticket();
        Ticket previous = tickets.put(uri, ticket);
        if (previous != null) {
            previous.cancel();
        }
        try {
            ticket.future = executor.schedule(() -> run(uri, ticket), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            tickets.remove(uri, ticket); // shutting down
        }
        if (ticket.canceled) {
            ticket.cancel(); // canceled while being scheduled: make sure the future is dropped too
        }
    }

    private void run(String uri, Ticket ticket) {
        try {
            Optional<TextDocument> snapshot = documents.get(uri);
            if (ticket.isCanceled() || snapshot.isEmpty()) {
                return;
            }
            TextDocument document = snapshot.get();
            // stale as soon as a newer request exists or the store moved on (didChange arrives before its request)
            Cancellation cancellation = () -> ticket.isCanceled() || !documents.isCurrent(document);
            publisher.publish(analyzer.analyze(document, cancellation), cancellation);
        } catch (CancellationException e) {
            // a newer version is on its way
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Analysis of " + uri + " failed", e);
        } finally {
            tickets.remove(uri, ticket);
        }
    }

    @Override
    public void close() {
        tickets.values().forEach(Ticket::cancel);
        tickets.clear();
        // no interrupts: a worker may be writing to the client, and an interrupted channel closes for good
        executor.shutdown();
    }
}
