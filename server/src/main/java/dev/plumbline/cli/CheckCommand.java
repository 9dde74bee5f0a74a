package dev.plumbline.cli;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.config.HadolintConfigReader;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.workspace.SourceWalker;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.Workspaces;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code plumbline check [--format text|json|sarif] [--config FILE] [--fail-on error|warning|info|never]
 * [--include-hints] PATH...}: checks files the way the editor does and prints the findings.
 * Exit code 0 when nothing reaches the threshold, 1 when something does, 2 on a usage or I/O error.
 */
public final class CheckCommand {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    /** Below this many files, threads cost more than they save. */
    private static final int PARALLEL_FROM = 8;

    private final Analyzer analyzer;
    private final ConfigResolver resolver;
    private final Path workingDirectory;
    private final long maxBytes;

    /**
     * @param workingDirectory paths on the command line are resolved against it, and printed
     *     relative to it
     */
    public CheckCommand(Analyzer analyzer, ConfigResolver resolver, Path workingDirectory) {
        this(analyzer, resolver, workingDirectory, FileChecker.MAX_BYTES);
    }

    CheckCommand(Analyzer analyzer, ConfigResolver resolver, Path workingDirectory, long maxBytes) {
        this.analyzer = analyzer;
        this.resolver = resolver;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /** @return the process exit code: 0 clean, 1 findings at or above the threshold, 2 usage or I/O error */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), line -> err.println("plumbline check: " + line));
        return new CheckCommand(analyzer, BuiltinRules.configResolver(), Path.of("")).execute(args, out, err);
    }

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        CheckOptions options;
        try {
            options = CheckOptions.parse(args);
        } catch (UsageException e) {
            err.println("plumbline check: " + e.getMessage());
            err.println("Run 'plumbline check --help' for usage.");
            return ERROR;
        }
        if (options.help()) {
            out.print(CheckOptions.USAGE);
            out.flush();
            return OK;
        }

        List<String> problems = new ArrayList<>();
        List<Path> roots = roots(options.paths(), problems);
        List<Path> workspaceRoots = folders(options.workspaces(), problems);
        Optional<ResolvedConfig> explicit = options.config().flatMap(c -> explicitConfig(c, problems));
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("plumbline check: " + p));
            return ERROR;
        }

        List<String> ioProblems = new ArrayList<>();
        Function<Path, ResolvedConfig> configs = configs(explicit);
        List<FileResult> results = checkAll(roots, workspaceRoots, configs, ioProblems);

        CheckReport report = report(results, options.includeHints());
        writer(options.format()).write(report, out, err);
        if (!ioProblems.isEmpty()) {
            ioProblems.stream().sorted().forEach(p -> err.println("plumbline check: " + p));
            return ERROR;
        }
        return report.reaches(r -> threshold(options, r, configs)) ? FINDINGS : OK;
    }

    /** The nearest configuration depends only on the folder, so it is looked up once per folder. */
    private Function<Path, ResolvedConfig> configs(Optional<ResolvedConfig> explicit) {
        if (explicit.isPresent()) {
            return file -> explicit.get();
        }
        Map<Path, ResolvedConfig> byFolder = new ConcurrentHashMap<>();
        return file -> byFolder.computeIfAbsent(file.getParent(), folder -> resolver.resolve(file, null));
    }

    /**
     * {@code --fail-on} when given; otherwise, for a Dockerfile finding, the {@code failure-threshold}
     * of the {@code .hadolint.yaml} that applies to its file, as hadolint would exit; else error.
     */
    private static Optional<Severity> threshold(CheckOptions options, CheckReport.Reported reported,
            Function<Path, ResolvedConfig> configs) {
        if (options.failOnGiven() || !reported.finding().ruleId().startsWith(Language.DOCKERFILE.domain() + "/")) {
            return options.failOn();
        }
        Optional<String> hadolint = configs.apply(reported.file()).config()
                .stringOption(HadolintConfigReader.FAILURE_THRESHOLD);
        if (hadolint.isEmpty()) {
            return options.failOn();
        }
        return hadolint.get().equals("never") ? Optional.empty() : Severity.parse(hadolint.get());
    }

    /** Walks the roots and checks every file found, in parallel when there are enough of them. */
    private List<FileResult> checkAll(List<Path> roots, List<Path> workspaceRoots, Function<Path, ResolvedConfig> configs,
            List<String> ioProblems) {
        List<Path> walked = SourceWalker.collect(roots,
                (folder, reason) -> ioProblems.add("cannot list " + displayPath(folder) + ": " + reason));
        List<Path> files = withConfigFiles(walked.stream().filter(FileChecker::mightBeOurs).toList(), configs);
        Workspaces workspaces = new Workspaces(new WorkspaceScanner(analyzer.registry().factsExtractors()),
                workspaceRoots, roots);
        FileChecker checker = new FileChecker(analyzer, configs, workspaces::viewFor, maxBytes);
        List<FileResult> results = (files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream())
                .map(checker::check)
                .toList();
        results.forEach(r -> r.readError()
                .ifPresent(reason -> ioProblems.add("cannot read " + displayPath(r.file()) + ": " + reason)));
        return results;
    }

    private List<Path> roots(List<String> paths, List<String> problems) {
        List<Path> roots = new ArrayList<>();
        for (String given : paths) {
            try {
                Path path = workingDirectory.resolve(given).normalize();
                if (Files.isDirectory(path) || Files.isRegularFile(path)) {
                    roots.add(path);
                } else if (Files.exists(path)) {
                    // a pipe or device could block the read forever
                    problems.add("not a regular file or folder: " + given);
                } else {
                    problems.add("no such file or directory: " + given);
                }
            } catch (InvalidPathException e) {
                problems.add("not a valid path: " + given);
            }
        }
        return roots;
    }

    private List<Path> folders(List<String> given, List<String> problems) {
        List<Path> folders = new ArrayList<>();
        for (String folder : given) {
            try {
                Path path = workingDirectory.resolve(folder).normalize();
                if (Files.isDirectory(path)) {
                    folders.add(path);
                } else {
                    problems.add("--workspace is not a folder: " + folder);
                }
            } catch (InvalidPathException e) {
                problems.add("not a valid path: " + folder);
            }
        }
        return folders;
    }

    private Optional<ResolvedConfig> explicitConfig(String given, List<String> problems) {
        try {
            return Optional.of(resolver.resolveExplicit(workingDirectory.resolve(given)));
        } catch (IOException | InvalidPathException e) {
            problems.add("configuration file not found: " + given);
            return Optional.empty();
        }
    }

    /** The configuration files in effect are checked too, so a mistake in one is never silent. */
    private static List<Path> withConfigFiles(List<Path> files, Function<Path, ResolvedConfig> configs) {
        Set<Path> all = new LinkedHashSet<>(files);
        for (Path file : files) {
            configs.apply(file).configFile().ifPresent(config -> all.add(config.toAbsolutePath().normalize()));
        }
        return new ArrayList<>(all);
    }

    private CheckReport report(List<FileResult> results, boolean includeHints) {
        List<CheckReport.Reported> reported = new ArrayList<>();
        int checked = 0;
        int hiddenHints = 0;
        for (FileResult result : results) {
            if (result.checked()) {
                checked++;
            }
            String path = displayPath(result.file());
            for (var finding : result.findings()) {
                if (finding.severity() == Severity.HINT && !includeHints) {
                    hiddenHints++;
                } else {
                    List<String> relatedPaths = finding.related().stream()
                            .map(place -> place.uri().map(this::displayPath).orElse(path)).toList();
                    reported.add(new CheckReport.Reported(path, finding, result.file(), relatedPaths));
                }
            }
        }
        reported.sort(CheckReport.ORDER);
        return new CheckReport(reported, checked, hiddenHints);
    }

    /** A related place's file URI as {@link #displayPath(Path)} prints it; the URI itself when it is not a file. */
    private String displayPath(String uri) {
        try {
            return displayPath(Path.of(URI.create(uri)));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return uri;
        }
    }

    /** Relative to the working directory with forward slashes; absolute when it cannot be relative. */
    String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = workingDirectory.relativize(absolute);
        } catch (IllegalArgumentException e) {
            shown = absolute;
        }
        return shown.toString().replace('\\', '/');
    }

    private ReportWriter writer(OutputFormat format) {
        return switch (format) {
            case TEXT -> new TextReportWriter();
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter(analyzer.registry(), workingDirectory);
        };
    }
}
