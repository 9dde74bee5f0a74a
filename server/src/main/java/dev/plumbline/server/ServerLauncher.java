package dev.plumbline.server;

/** Starts the language server on stdio. (Placeholder: the server is being built.) */
public final class ServerLauncher {

    /** Returned by {@link #serveStdio} when the process must not exit yet (the server owns its lifetime). */
    public static final int KEEP_RUNNING = -1;

    private ServerLauncher() {
    }

    public static int serveStdio() {
        throw new UnsupportedOperationException("the language server is not built yet");
    }
}
