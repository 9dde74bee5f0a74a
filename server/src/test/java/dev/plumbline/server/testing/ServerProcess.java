package dev.plumbline.server.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The packaged jar ({@code -Dplumbline.jar}, set by failsafe) started as a real process: stdin/stdout
 * speak LSP through an {@link LspSession}, every stdout byte is kept so tests can prove it was all
 * protocol, and stderr goes to a file.
 */
public final class ServerProcess implements AutoCloseable {

    public final Process process;
    public final LspSession session;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final Path stderr;
    private final CompletableFuture<Void> stdoutEnded = new CompletableFuture<>();

    private ServerProcess(List<String> args) throws IOException {
        String jar = System.getProperty("plumbline.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no server jar at -Dplumbline.jar=" + jar);
        stderr = Files.createTempFile("plumbline-stderr", ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        session = LspSession.over(new Tee(process.getInputStream(), stdout, stdoutEnded), process.getOutputStream(),
                process.onExit().thenApply(Process::exitValue));
    }

    public static ServerProcess start(String... args) {
        try {
            return new ServerProcess(List.of(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Every byte the process wrote to stdout, once the client has read it to the end. */
    public byte[] stdoutToTheEnd() {
        session.await(stdoutEnded);
        synchronized (stdout) {
            return stdout.toByteArray();
        }
    }

    public String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        session.close();
        process.destroyForcibly();
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            // a temp file left behind
        }
    }

    /** Copies what it reads into {@code copy}, and says when the stream ended. */
    private static final class Tee extends FilterInputStream {
        private final ByteArrayOutputStream copy;
        private final CompletableFuture<Void> ended;

        Tee(InputStream in, ByteArrayOutputStream copy, CompletableFuture<Void> ended) {
            super(in);
            this.copy = copy;
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                synchronized (copy) {
                    copy.write(b);
                }
            } else {
                ended.complete(null);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                synchronized (copy) {
                    copy.write(buffer, offset, n);
                }
            } else if (n < 0) {
                ended.complete(null);
            }
            return n;
        }
    }
}
