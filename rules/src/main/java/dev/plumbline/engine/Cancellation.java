package dev.plumbline.engine;

import java.util.concurrent.CancellationException;

/** Asked between rules (and inside long rules) whether the work is still wanted. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NONE = () -> false;

    boolean isCanceled();

    default void checkCanceled() {
        if (isCanceled()) {
            throw new CancellationException("analysis canceled");
        }
    }
}
