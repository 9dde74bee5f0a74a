package dev.plumbline.server.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real editor as the language server's client: lays the {@link EditorCase}s out in a fresh
 * workspace, writes the spec the editor script reads ({@code src/test/resources/editors/}), starts
 * the editor with its own HOME and XDG folders, and returns the JSON report the script writes.
 * The editor starts the packaged jar ({@code -Dplumbline.jar}) itself, on the given JDK.
 */
final class EditorRun {

    /** Per step inside the editor (diagnostics, hover, code actions, re-check). */
    private static final int STEP_TIMEOUT_MS = 20_000;
    /** The whole editor process, a last resort if the script itself hangs. */
    private static final long PROCESS_TIMEOUT_S = 180;
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path dir;
    private final Path workspace;
    private final List<EditorCase> cases;

    private EditorRun(Path dir, List<EditorCase> cases) {
        this.dir = dir;
        this.workspace = dir.resolve("workspace");
        this.cases = cases;
    }

    /** The editor's executable on PATH, or the calling test is skipped with the reason. */
    static Path editorOrSkip(String executable, String debianPackages) {
        Optional<Path> found = onPath(executable);
        if (found.isEmpty()) {
            String reason = executable + " is not on PATH, so this real-editor test cannot run; install Debian's "
                    + debianPackages + " (.ci/setup-editors does)";
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return found.get();
    }

    static Optional<Path> onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, executable))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * @param dir an empty folder for the workspace, the spec, the logs and the editor's HOME
     * @param script the file name of the editor script under {@code editors/} on the test classpath
     * @param command the editor's command line; {@code {script}} is replaced with the script's path
     */
    static Report run(Path dir, Jdk jdk, String script, List<String> command) {
        return new EditorRun(dir, EditorCase.all()).start(jdk, script, command);
    }

    private Report start(Jdk jdk, String script, List<String> command) {
        try {
            for (EditorCase c : cases) {
                Path file = workspace.resolve(c.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, c.text(), StandardCharsets.UTF_8);
            }
            Path scriptFile = copyResource(script);
            Path spec = dir.resolve("spec.json");
            Files.writeString(spec, spec(jdk).toString(), StandardCharsets.UTF_8);

            List<String> resolved = command.stream().map(a -> a.replace("{script}", scriptFile.toString())).toList();
            ProcessBuilder builder = new ProcessBuilder(resolved)
                    .directory(workspace.toFile())
                    .redirectOutput(dir.resolve("editor.stdout").toFile())
                    .redirectError(dir.resolve("editor.stderr").toFile());
            Map<String, String> env = builder.environment();
            env.put("PLUMBLINE_EDITOR_SPEC", spec.toString());
            env.put("PLUMBLINE_EDITOR_SCRIPT", scriptFile.toString());
            // nothing of the user's editor setup, and nothing written to their home
            env.put("HOME", mkdirs("home"));
            env.put("XDG_CONFIG_HOME", mkdirs("xdg/config"));
            env.put("XDG_DATA_HOME", mkdirs("xdg/data"));
            env.put("XDG_STATE_HOME", mkdirs("xdg/state"));
            env.put("XDG_CACHE_HOME", mkdirs("xdg/cache"));

            Process editor = builder.start();
            editor.getOutputStream().close(); // no terminal and no input: a prompt fails instead of waiting
            if (!editor.waitFor(PROCESS_TIMEOUT_S, TimeUnit.SECONDS)) {
                editor.descendants().forEach(ProcessHandle::destroyForcibly);
                editor.destroyForcibly();
                fail(resolved.get(0) + " did not finish within " + PROCESS_TIMEOUT_S + " s\n" + logs());
            }
            Path result = dir.resolve("result.json");
            if (!Files.isRegularFile(result)) {
                fail(resolved.get(0) + " exited with " + editor.exitValue() + " and wrote no report\n" + logs());
            }
            JsonObject report = JsonParser.parseString(Files.readString(result, StandardCharsets.UTF_8)).getAsJsonObject();
            return new Report(editor.exitValue(), report, cases, jdk, logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject spec(Jdk jdk) {
        String jar = System.getProperty("plumbline.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no server jar at -Dplumbline.jar=" + jar);
        JsonObject spec = new JsonObject();
        JsonArray cmd = new JsonArray();
        List.of(jdk.java().toString(), "-jar", Path.of(jar).toAbsolutePath().toString(), "--stdio").forEach(cmd::add);
        spec.add("cmd", cmd);
        spec.addProperty("root", workspace.toString());
        spec.addProperty("timeoutMs", STEP_TIMEOUT_MS);
        spec.addProperty("result", dir.resolve("result.json").toString());
        JsonArray files = new JsonArray();
        for (EditorCase c : cases) {
            JsonObject file = new JsonObject();
            file.addProperty("path", workspace.resolve(c.path()).toString());
            file.addProperty("languageId", c.languageId());
            file.addProperty("rule", c.rule());
            file.addProperty("fixTitle", c.fixTitle());
            file.addProperty("fixedText", c.fixedText());
            files.add(file);
        }
        spec.add("files", files);
        return spec;
    }

    private Path copyResource(String name) throws IOException {
        try (InputStream in = EditorRun.class.getResourceAsStream("/editors/" + name)) {
            assertTrue(in != null, "no editors/" + name + " on the test classpath");
            Path copy = dir.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }

    private String mkdirs(String relative) throws IOException {
        return Files.createDirectories(dir.resolve(relative)).toString();
    }

    /** The editor's stdout and stderr, and every log file it wrote (Neovim's lsp.log holds the server's stderr). */
    private String logs() {
        StringBuilder out = new StringBuilder();
        List<Path> files = new ArrayList<>(List.of(dir.resolve("editor.stdout"), dir.resolve("editor.stderr")));
        try (Stream<Path> walk = Files.walk(dir.resolve("xdg"))) {
            walk.filter(p -> p.toString().endsWith(".log")).sorted().forEach(files::add);
        } catch (IOException e) {
            out.append("(cannot list the editor's logs: ").append(e).append(")\n");
        }
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file)) {
                    out.append("--- ").append(dir.relativize(file)).append('\n')
                            .append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                out.append("--- ").append(file.getFileName()).append(": ").append(e).append('\n');
            }
        }
        return out.toString();
    }

    /** What the editor script reported, with the logs for failure messages. */
    record Report(int exitCode, JsonObject json, List<EditorCase> cases, Jdk jdk, String logs) {

        /** Every file went through the whole loop, the server ended with 0, and so did the editor. */
        void assertEveryFileFixed() {
            String context = PRETTY.toJson(json) + "\n" + logs;
            JsonArray files = json.getAsJsonArray("files");
            assertEquals(cases.size(), files == null ? 0 : files.size(), "files in the report\n" + context);
            for (int i = 0; i < cases.size(); i++) {
                JsonObject file = files.get(i).getAsJsonObject();
                String error = file.has("error") ? file.get("error").getAsString() : "(no error recorded)";
                assertTrue(isTrue(file.get("ok")), cases.get(i).path() + " on " + jdk + ": " + error + "\n" + context);
                assertEquals(cases.get(i).rule(), file.get("rule").getAsString());
            }
            assertTrue(isTrue(json.get("ok")), "the editor reported a failure on " + jdk + "\n" + context);
            assertEquals(0, exitCode, "the editor's exit code\n" + context);
        }

        private static boolean isTrue(JsonElement element) {
            return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()
                    && element.getAsBoolean();
        }

        String pretty() {
            return PRETTY.toJson(json);
        }
    }
}
