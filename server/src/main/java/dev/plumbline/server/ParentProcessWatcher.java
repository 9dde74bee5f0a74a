package dev.plumbline.server;

import java.util.Optional;

/**
 * Ends the server when the editor process named in {@code initialize} ({@code processId}) dies, so a
 * crashed editor never leaves an orphaned JVM behind.
 */
public final class ParentProcessWatcher {

    private final ServerLog log;
    private final Runnable onDeath;

    public ParentProcessWatcher(ServerLog log, Runnable onDeath) {
        this.log = log;
        this.onDeath = onDeath;
    }

    /** Starts watching; {@code null} (the client did not say) watches nothing. */
    public void watch(Integer processId) {
        if (processId == null) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(processId);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            // e.g. a client in another PID namespace (container): exiting now would be wrong, so only say so
            log.warn("Client process " + processId + " is not visible from here; not watching it.");
            return;
        }
        parent.get().onExit().thenRun(() -> {
            log.warn("Client process " + processId + " ended; shutting down.");
            onDeath.run();
        });
    }
}
