package dev.plumbline.cli;

import dev.plumbline.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line of {@code check}. Options take their value as the next argument or after
 * {@code =} ({@code --format json}, {@code --format=json}); a later option wins over an earlier one;
 * {@code --} ends the options.
 *
 * @param config the {@code --config} file as given (resolved against the working directory later)
 * @param workspaces the {@code --workspace} folders as given
 * @param failOn the lowest severity that makes the exit code 1; empty for {@code --fail-on never}
 */
record CheckOptions(OutputFormat format, Optional<String> config, List<String> workspaces, Optional<Severity> failOn,
        boolean includeHints, boolean help, List<String> paths) {

    static final String USAGE = """
            Usage: plumbline check [OPTIONS] PATH...

            Checks Dockerfiles, Kubernetes YAML and GitHub Actions workflows. Folders are walked
            (skipping .git, node_modules, target, vendor, third_party, .venv, bower_components and
            other hidden folders except .github); .plumbline.yaml files apply to the folders below them.

            Options:
              --format text|json|sarif    output format (default: text)
              --config FILE               use this configuration for every file instead of the
                                          nearest .plumbline.yaml
              --workspace DIR             the folder cross-file checks treat as the repository
                                          root (repeatable; default: the nearest folder with .git,
                                          else the PATH argument)
              --fail-on error|warning|info|never
                                          lowest severity that makes the exit code 1 (default: error)
              --include-hints             also print findings of severity hint
              -h, --help                  print this help

            Exit codes: 0 nothing reached the --fail-on threshold, 1 something did,
                        2 usage or I/O error.
            """;

    CheckOptions {
        workspaces = List.copyOf(workspaces);
        paths = List.copyOf(paths);
    }

    static CheckOptions parse(List<String> args) throws UsageException {
        OutputFormat format = OutputFormat.TEXT;
        Optional<String> config = Optional.empty();
        List<String> workspaces = new ArrayList<>();
        Optional<Severity> failOn = Optional.of(Severity.ERROR);
        boolean includeHints = false;
        boolean help = false;
        List<String> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String inline = eq > 0 ? arg.substring(eq + 1) : null;
            switch (name) {
                case "--format" -> {
                    String word = value(name, inline, args, i);
                    i += inline == null ? 1 : 0;
                    format = OutputFormat.parse(word).orElseThrow(() -> new UsageException(
                            "--format must be text, json or sarif, not '" + word + "'"));
                }
                case "--config" -> {
                    config = Optional.of(value(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--workspace" -> {
                    workspaces.add(value(name, inline, args, i));
                    i += inline == null ? 1 : 0;
                }
                case "--fail-on" -> {
                    String word = value(name, inline, args, i);
                    i += inline == null ? 1 : 0;
                    failOn = parseFailOn(word);
                }
                case "--include-hints" -> {
                    noValue(name, inline);
                    includeHints = true;
                }
                case "--help", "-h" -> {
                    noValue(name, inline);
                    help = true;
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (paths.isEmpty() && !help) {
            throw new UsageException("no PATH given (use . for the current folder)");
        }
        return new CheckOptions(format, config, workspaces, failOn, includeHints, help, paths);
    }

    private static String value(String name, String inline, List<String> args, int i) throws UsageException {
        String value = inline != null ? inline : i + 1 < args.size() ? args.get(i + 1) : null;
        if (value == null || value.isEmpty() || (inline == null && value.startsWith("--"))) {
            throw new UsageException(name + " needs a value");
        }
        return value;
    }

    private static void noValue(String name, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
    }

    private static Optional<Severity> parseFailOn(String word) throws UsageException {
        if (word.equals("never")) {
            return Optional.empty();
        }
        Optional<Severity> severity = Severity.parse(word).filter(s -> s != Severity.HINT);
        if (severity.isEmpty()) {
            throw new UsageException("--fail-on must be error, warning, info or never, not '" + word + "'");
        }
        return severity;
    }
}
