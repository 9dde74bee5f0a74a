package dev.plumbline.server;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Serves LSP on stdio. The real stdout carries JSON-RPC only: {@code System.out} is pointed at stderr
 * before anything else runs, so a stray print can never corrupt the protocol, and {@code System.in}
 * is emptied so nothing else reads the client's bytes. Logs go to stderr and {@code window/logMessage}.
 */
public final class ServerLauncher {

    /** Returned by {@link #serveStdio} when the process must not exit yet (the server owns its lifetime). */
    public static final int KEEP_RUNNING = -1;

    private ServerLauncher() {
    }

    /**
     * Serves until the client sends {@code exit}, stdin closes, or the client process dies.
     *
     * @return the exit code: 0 after {@code shutdown}, 1 otherwise (never {@link #KEEP_RUNNING})
     */
    public static int serveStdio() {
        InputStream protocolIn = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        // a raw descriptor stream, not System.out: a PrintStream would swallow write errors
        OutputStream protocolOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        PrintStream stderr = System.err;
        System.setOut(stderr);
        System.setIn(InputStream.nullInputStream());
        return serve(protocolIn, protocolOut, stderr);
    }

    /** Serves the built-in rules over the given streams; returns the exit code when the session ends. */
    public static int serve(InputStream in, OutputStream out, PrintStream logStream) {
        return serve(in, out, logStream, BuiltinRules.registry(), BuiltinRules.configResolver());
    }

    /** Serves {@code registry}'s rules (tests pass their own) until the session ends; returns the exit code. */
    public static int serve(InputStream in, OutputStream out, PrintStream logStream, RuleRegistry registry,
            ConfigResolver resolver) {
        ServerLog log = new ServerLog(logStream);
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        PlumblineLanguageServer server = new PlumblineLanguageServer(new Analyzer(registry, log::warn), resolver, log,
                exitCode::complete);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread streamWatcher = new Thread(() -> {
            awaitEnd(listening);
            // stdin closed (or broke) without an exit notification: the client is gone
            exitCode.complete(server.exitCode());
        }, "plumbline-stdin-watcher");
        streamWatcher.setDaemon(true);
        streamWatcher.start();
        int code = exitCode.join();
        // the reader thread is left alone: interrupting it mid-write would only log noise, and the
        // process exits (or, in tests, the input closes) right after
        server.dispose();
        return code;
    }

    private static void awaitEnd(Future<Void> listening) {
        try {
            listening.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // ended with an I/O error: same as a closed stream
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
