package dev.plumbline.shellcheck;

import dev.plumbline.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs an external {@code shellcheck} binary on one script (shared by the Dockerfile and the GitHub
 * Actions rules): found through a path option such as {@code dockerfile.shellcheckPath}
 * or on PATH, started without a shell, the script on stdin, JSON ({@code json1}) read back, killed
 * after a timeout. Results are cached by (binary, dialect, script), so an edit elsewhere in the file
 * does not start the process again. No binary, a crash or a timeout all mean "no comments".
 */
public final class ShellCheckRunner {

    /** {@code dockerfile.shellcheck}: {@code auto} (default) or {@code off}. */
    public static final String MODE_OPTION = "dockerfile.shellcheck";
    /** {@code dockerfile.shellcheckPath}: the absolute path of the binary. */
    public static final String PATH_OPTION = "dockerfile.shellcheckPath";
    /** Checks Dockerfiles cannot use: sourced files (SC1090, SC1091), and ash not being supported (SC2187). */
    static final String EXCLUDED = "SC1090,SC1091,SC2187";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final int CACHE_SIZE = 512;

    /** One replacement of a ShellCheck fix, 1-based lines and columns (end exclusive) in the checked text. */
    public record Replacement(int line, int column, int endLine, int endColumn, String text) {
    }

    /** One ShellCheck comment: 1-based lines and columns (end exclusive), counted in code points, tabs as 1. */
    public record Comment(int line, int column, int endLine, int endColumn, String level, int code, String message,
            List<Replacement> fix) {
    }

    private static final Map<String, List<Comment>> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Comment>> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private static final Map<String, Optional<Path>> FOUND_ON_PATH = new LinkedHashMap<>();

    private final Path binary;
    private final Duration timeout;

    /** A runner of {@code binary} that gives up after {@code timeout} (tests use a stand-in binary). */
    public ShellCheckRunner(Path binary, Duration timeout) {
        this.binary = binary;
        this.timeout = timeout;
    }

    /** The runner for {@code config}'s Dockerfile options: empty when switched off or when no binary is found. */
    public static Optional<ShellCheckRunner> forConfig(Config config) {
        return forConfig(config, MODE_OPTION, PATH_OPTION);
    }

    /**
     * The runner for {@code config}, switched by {@code modeOption} ({@code auto} or {@code off}) and
     * located through the first of {@code pathOptions} that is set, else PATH.
     */
    public static Optional<ShellCheckRunner> forConfig(Config config, String modeOption, String... pathOptions) {
        return locate(config, System.getenv("PATH"), modeOption, pathOptions)
                .map(p -> new ShellCheckRunner(p, DEFAULT_TIMEOUT));
    }

    /**
     * The binary to run: the configured path (absolute, named shellcheck, executable), else the first
     * {@code shellcheck} in an absolute PATH directory (relative entries such as {@code .} would run a
     * file of the workspace).
     */
    static Optional<Path> locate(Config config, String pathVariable) {
        return locate(config, pathVariable, MODE_OPTION, PATH_OPTION);
    }

    static Optional<Path> locate(Config config, String pathVariable, String modeOption, String... pathOptions) {
        if (config.stringOption(modeOption).map("off"::equals).orElse(false)) {
            return Optional.empty();
        }
        for (String pathOption : pathOptions) {
            Object configured = config.options().get(pathOption);
            if (configured instanceof List<?> list && !list.isEmpty()) {
                return usable(Path.of(String.valueOf(list.get(0))));
            }
        }
        String key = pathVariable == null ? "" : pathVariable;
        synchronized (FOUND_ON_PATH) {
            Optional<Path> found = FOUND_ON_PATH.get(key);
            if (found == null) {
                found = searchPath(key);
                FOUND_ON_PATH.put(key, found);
            }
            return found;
        }
    }

    private static Optional<Path> searchPath(String pathVariable) {
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of("shellcheck", "shellcheck.exe")) {
                Optional<Path> candidate = usable(Path.of(dir, name));
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> usable(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean named = name.equals("shellcheck") || name.equals("shellcheck.exe");
        return path.isAbsolute() && named && Files.isRegularFile(path) && Files.isExecutable(path)
                ? Optional.of(path) : Optional.empty();
    }

    /** ShellCheck's comments on {@code script} read as {@code dialect} (sh, bash, dash or ksh); empty on any failure. */
    public List<Comment> check(String dialect, String script) {
        String key = binary + "\u0000" + dialect + "\u0000" + script;
        synchronized (CACHE) {
            List<Comment> cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // a failure is cached too: a broken or hanging binary is not started again on every keystroke
        List<Comment> result = run(dialect, script).orElse(List.of());
        synchronized (CACHE) {
            CACHE.put(key, result);
        }
        return result;
    }

    private Optional<List<Comment>> run(String dialect, String script) {
        List<String> command = List.of(binary.toString(), "--format=json1", "--shell=" + dialect, "--norc",
                "--exclude=" + EXCLUDED, "-");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process died; its output is incomplete and will not parse
            }
        }, "plumbline-shellcheck-reader");
        reader.setDaemon(true);
        reader.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // shellcheck may exit before reading everything; its output still counts
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            reader.join(timeout.toMillis());
            if (reader.isAlive()) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        // exit code 1 means "comments found"; anything above is a usage or parse failure
        if (process.exitValue() > 1) {
            return Optional.empty();
        }
        return parse(out.toString()); // the reader thread has ended: join orders its writes before this read
    }

    /** Reads {@code {"comments": [...]}}; empty when the output is not that. */
    static Optional<List<Comment>> parse(String json) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(json);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("comments") instanceof List<?> items)) {
            return Optional.empty();
        }
        List<Comment> comments = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> c)) {
                continue;
            }
            int line = number(c.get("line"));
            int column = number(c.get("column"));
            if (line < 1 || column < 1) {
                continue;
            }
            List<Replacement> fix = new ArrayList<>();
            if (c.get("fix") instanceof Map<?, ?> f && f.get("replacements") instanceof List<?> replacements) {
                for (Object r : replacements) {
                    if (r instanceof Map<?, ?> m && m.get("replacement") instanceof String text) {
                        fix.add(new Replacement(number(m.get("line")), number(m.get("column")),
                                number(m.get("endLine")), number(m.get("endColumn")), text));
                    }
                }
            }
            comments.add(new Comment(line, column, Math.max(line, number(c.get("endLine"))),
                    number(c.get("endColumn")), String.valueOf(c.get("level")), number(c.get("code")),
                    String.valueOf(c.get("message")), List.copyOf(fix)));
        }
        return Optional.of(List.copyOf(comments));
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : -1;
    }
}
