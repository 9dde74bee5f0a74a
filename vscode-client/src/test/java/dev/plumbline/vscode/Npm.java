package dev.plumbline.vscode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs npm and node commands in the extension folder, copying their output to the build log. */
final class Npm {

    private Npm() {
    }

    /** The first {@code name} on PATH, if any. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String candidate : windows ? List.of(name + ".cmd", name + ".exe") : List.of(name)) {
                Path file = Path.of(dir, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code command} in {@code dir} with extra environment, each output line echoed with a prefix
     * (never inherited: the forked test JVM's stdout is the build's channel). Returns the exit code.
     */
    static int run(Path dir, Map<String, String> env, long timeoutMinutes, List<String> command)
            throws IOException, InterruptedException {
        System.out.println("[vscode-client] $ " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("[vscode-client] " + line);
                }
            } catch (IOException e) {
                System.out.println("[vscode-client] (output lost: " + e + ")");
            }
        });
        pump.start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            pump.join(5000);
            System.out.println("[vscode-client] timed out after " + timeoutMinutes + " min: " + String.join(" ", command));
            return -1;
        }
        pump.join(5000);
        return process.exitValue();
    }
}
