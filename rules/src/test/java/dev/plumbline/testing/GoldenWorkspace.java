package dev.plumbline.testing;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.SourceText;
import dev.plumbline.workspace.SourceWalker;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The golden-file workspaces under {@code test-workspaces/}: which files are inputs, how an input is
 * analysed, and the expectation format. Each analysed file has a sibling {@code <name>.expected}
 * holding one line per finding, sorted, 1-based like an editor's status bar:
 *
 * <pre>3:6-3:19 warning dockerfile/latest-tag Image "python:latest" is not pinned to a version</pre>
 *
 * An input is analysed the way {@code plumbline check} analyses it: the same folder walk, the same
 * kind detection and the nearest {@code .plumbline.yaml} (ignore globs included). The server's
 * {@code TestWorkspacesCheckTest} runs the real CLI over the same tree and holds it to the same
 * expectations, so the two cannot drift apart.
 */
public final class GoldenWorkspace {

    public static final String SUFFIX = ".expected";

    private final Path root;
    private final Analyzer analyzer;
    private final ConfigResolver configs;
    private final Workspaces workspaces;

    public GoldenWorkspace(Path root, Analyzer analyzer, ConfigResolver configs) {
        this.root = root;
        this.analyzer = analyzer;
        this.configs = configs;
        this.workspaces = new Workspaces(new WorkspaceScanner(analyzer.registry().factsExtractors()),
                scenarios(root), List.of(root));
    }

    public Path root() {
        return root;
    }

    /**
     * Each scenario ({@code <kind>/<scenario>}) is a repository of its own for cross-file rules, as
     * {@code check --workspace <kind>/<scenario>} treats it.
     */
    public static List<Path> scenarios(Path root) {
        try (java.util.stream.Stream<Path> kinds = Files.list(root)) {
            List<Path> scenarios = new ArrayList<>();
            for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (java.util.stream.Stream<Path> inKind = Files.list(kind)) {
                    inKind.filter(Files::isDirectory).sorted().forEach(scenarios::add);
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below the root that the CLI's walk visits, sorted by path. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>(SourceWalker.collect(List.of(root), (dir, reason) -> {
            throw new IllegalStateException("cannot list " + dir + ": " + reason);
        }));
        files.sort(null);
        return files;
    }

    /** The findings of {@code file}, or empty when the CLI would not analyse it (not ours, or ignored). */
    public Optional<List<Finding>> analyse(Path file) {
        ResolvedConfig resolved = configs.resolve(file, root);
        TextDocument document = TextDocument.of(file.toUri().toString(), "", 0, read(file));
        AnalysisResult result = analyzer.analyze(document, resolved.analysisPath(file), resolved.config(),
                workspaces.viewFor(file).orElse(null), Cancellation.NONE);
        if (result.language().isEmpty() || result.ignored()) {
            return Optional.empty();
        }
        return Optional.of(result.findings());
    }

    /** UTF-8 without a BOM, as the CLI reads it. Invalid bytes are the CLI tests' business, not golden inputs'. */
    private static String read(Path file) {
        try {
            SourceText source = SourceText.read(file, Long.MAX_VALUE);
            if (source.hasInvalidUtf8()) {
                throw new IllegalStateException(file + " is not valid UTF-8; golden inputs must be");
            }
            return source.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expectation file of an input. */
    public static Path expectationOf(Path input) {
        return input.resolveSibling(input.getFileName() + SUFFIX);
    }

    /** The input an expectation file belongs to. */
    public static Path inputOf(Path expectation) {
        String name = expectation.getFileName().toString();
        return expectation.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    public static boolean isExpectation(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** One expectation line: {@code 3:6-3:19 warning dockerfile/latest-tag message}. */
    public static String line(Finding finding) {
        return line(finding.range().toString(), finding.severity().jsonName(), finding.ruleId(), finding.message());
    }

    /** @param range 1-based {@code line:column-endLine:endColumn}, the end exclusive */
    public static String line(String range, String severity, String ruleId, String message) {
        return range + " " + severity + " " + ruleId + " " + message.replaceAll("\\R", " ");
    }

    /** The expectation lines for these findings, in order. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().sorted(Finding.ORDER).map(GoldenWorkspace::line).toList();
    }

    public static List<String> readExpectation(Path expectation) {
        try {
            return Files.readAllLines(expectation, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lines, one per line with a final newline; an empty file means "no findings". */
    public static void writeExpectation(Path expectation, List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l).append('\n'));
        try {
            Files.writeString(expectation, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path below the root with forward slashes, for test names and messages. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
