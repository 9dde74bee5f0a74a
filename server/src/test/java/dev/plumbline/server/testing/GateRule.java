package dev.plumbline.server.testing;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.text.TextDocument;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds every analysis of a document containing {@code gate} until the test opens the gate, so tests
 * control exactly which runs are in flight when newer versions arrive. While waiting it keeps
 * checking cancellation, as a long rule must.
 */
public final class GateRule implements Rule<TextDocument> {

    static final RuleMeta META = RuleMeta.of("dockerfile/test-gate", "Waits at the gate", Severity.INFORMATION,
            Language.DOCKERFILE);

    private final CountDownLatch open = new CountDownLatch(1);
    private final CompletableFuture<Void> entered = new CompletableFuture<>();
    private final CompletableFuture<Void> canceled = new CompletableFuture<>();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<TextDocument> context) {
        if (!context.document().text().contains("gate")) {
            return;
        }
        entered.complete(null);
        try {
            while (!open.await(2, TimeUnit.MILLISECONDS)) {
                try {
                    context.checkCanceled();
                } catch (RuntimeException e) {
                    canceled.complete(null);
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        context.report(0, 0, "Passed the gate");
    }

    /** Completes once an analysis is waiting at the gate. */
    public CompletableFuture<Void> entered() {
        return entered;
    }

    public void open() {
        open.countDown();
    }

    /** Completes once a waiting analysis noticed it was canceled. */
    public CompletableFuture<Void> canceled() {
        return canceled;
    }
}
