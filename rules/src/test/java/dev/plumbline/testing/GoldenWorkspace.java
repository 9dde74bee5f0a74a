package dev.plumbline.testing;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Mirrors the CLI's walk: these folders and hidden ones other than .github are skipped. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of(
            "node_modules", "target", "vendor", "third_party", "bower_components", ".git", ".venv");

    private final Path root;
    private final Analyzer analyzer;
    private final ConfigResolver configs;

    public GoldenWorkspace(Path root, Analyzer analyzer, ConfigResolver configs) {
        this.root = root;
        this.analyzer = analyzer;
        this.configs = configs;
    }

    public Path root() {
        return root;
    }

    /** Every regular file below the root that the CLI's walk visits, sorted by path. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        collect(root, files);
        files.sort(null);
        return files;
    }

    private static void collect(Path dir, List<Path> files) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                boolean skipped = SKIPPED_FOLDERS.contains(name) || (name.startsWith(".") && !name.equals(".github"));
                if (!skipped) {
                    collect(entry, files);
                }
            } else if (Files.isRegularFile(entry)) {
                files.add(entry);
            }
        }
    }

    /** The findings of {@code file}, or empty when the CLI would not analyse it (not ours, or ignored). */
    public Optional<List<Finding>> analyse(Path file) {
        ResolvedConfig resolved = configs.resolve(file, root);
        TextDocument document = TextDocument.of(file.toUri().toString(), "", 0, read(file));
        AnalysisResult result = analyzer.analyze(document, resolved.analysisPath(file), resolved.config(), Cancellation.NONE);
        if (result.language().isEmpty() || result.ignored()) {
            return Optional.empty();
        }
        return Optional.of(result.findings());
    }

    /** UTF-8 without a BOM. Invalid bytes are the CLI's business (it reports them), not the engine's. */
    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not valid UTF-8; golden inputs must be (the CLI tests cover invalid bytes)", e);
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
