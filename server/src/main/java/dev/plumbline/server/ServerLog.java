package dev.plumbline.server;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's log: every line goes to stderr (never stdout, which carries the protocol) and, once a
 * client is connected, to {@code window/logMessage} so editors show it in their output panel.
 */
public final class ServerLog {

    private final PrintStream stderr;
    private final AtomicReference<LanguageClient> client = new AtomicReference<>();

    public ServerLog(PrintStream stderr) {
        this.stderr = stderr;
    }

    public void connect(LanguageClient languageClient) {
        client.set(languageClient);
    }

    public void info(String message) {
        write(MessageType.Info, message);
    }

    public void warn(String message) {
        write(MessageType.Warning, message);
    }

    public void error(String message, Throwable cause) {
        write(MessageType.Error, message + ": " + cause);
        synchronized (stderr) {
            cause.printStackTrace(stderr);
        }
    }

    private void write(MessageType type, String message) {
        synchronized (stderr) {
            stderr.println("[plumbline] " + type.name().toUpperCase(java.util.Locale.ROOT) + " " + message);
            stderr.flush();
        }
        LanguageClient target = client.get();
        if (target != null) {
            try {
                target.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                // the connection is going away; stderr already has the line
            }
        }
    }
}
