package dev.plumbline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-world corpus ({@code shared/corpus/}, see its README) laid out as the repositories it
 * came from: each stored file is copied to {@code <owner>/<repo>/<path>} in a folder of the test's
 * choosing, so kind detection and cross-file checks see real paths ({@code .github/workflows/…},
 * {@code action.yml}, a chart's {@code templates/}). The corpus is read in place, never copied into
 * this repository.
 *
 * <p>Where the corpus is: the system property {@code plumbline.corpus} if set, else
 * {@code shared/corpus} next to the repository root (or next to a folder above it, which is where it
 * is when the repository is a worktree). When there is none, {@link #layOutOrSkip} skips the calling
 * test with the reason, never passing silently.
 */
public final class CorpusWorkspace {

    public static final String PROPERTY = "plumbline.corpus";
    public static final String MANIFEST = "MANIFEST.tsv";

    private static final List<String> COLUMNS =
            List.of("category", "stored_file", "repo", "path", "commit", "license", "tags", "bytes");

    /**
     * One corpus file.
     *
     * @param category {@code dockerfile}, {@code kubernetes} or {@code github-actions}
     * @param repo {@code owner/name} on GitHub
     * @param path the file's path inside that repository
     * @param tags what the manifest says about the input (e.g. {@code helm-template}); not a verdict
     * @param stored the file in the corpus
     * @param file the laid-out copy, {@code <root>/<owner>/<repo>/<path>}
     */
    public record Entry(String category, String repo, String path, String commit, String license, Set<String> tags,
            Path stored, Path file) {

        /** {@code owner/repo/path}: the file's name in messages and summaries. */
        public String name() {
            return repo + "/" + path;
        }

        /** The laid-out repository folder, {@code <root>/<owner>/<repo>}: the file's workspace for cross-file rules. */
        public Path repositoryRoot() {
            Path dir = file;
            for (int i = path.split("/", -1).length; i > 0; i--) {
                dir = dir.getParent();
            }
            return dir;
        }
    }

    private final Path corpus;
    private final Path root;
    private final List<Entry> entries;

    private CorpusWorkspace(Path corpus, Path root, List<Entry> entries) {
        this.corpus = corpus;
        this.root = root;
        this.entries = List.copyOf(entries);
    }

    /** The corpus folder (holding MANIFEST.tsv), or empty when there is none. */
    public static Optional<Path> locate() {
        return locate(System.getProperty(PROPERTY), RepositoryPaths.root());
    }

    /**
     * @param override the {@code plumbline.corpus} property; when set it must name a corpus
     * @throws IllegalStateException when {@code override} names a folder without a manifest
     */
    static Optional<Path> locate(String override, Path repositoryRoot) {
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + override + " has no " + MANIFEST);
            }
            return Optional.of(dir);
        }
        for (Path dir = repositoryRoot.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve(MANIFEST))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Lays the corpus out under {@code target}, or skips the calling test (a JUnit assumption, so it
     * shows as skipped with the reason) when there is no corpus.
     */
    public static CorpusWorkspace layOutOrSkip(Path target) {
        Optional<Path> corpus = locate();
        if (corpus.isEmpty()) {
            String reason = "real-world corpus not found: no shared/corpus/" + MANIFEST + " next to "
                    + RepositoryPaths.root() + " or above it; set -D" + PROPERTY + "=<folder> to point at it";
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return layOut(corpus.get(), target);
    }

    /** Copies every file of the corpus at {@code corpus} to {@code <target>/<owner>/<repo>/<path>}. */
    public static CorpusWorkspace layOut(Path corpus, Path target) {
        try {
            List<String> lines = Files.readAllLines(corpus.resolve(MANIFEST), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !Arrays.asList(lines.get(0).split("\t", -1)).containsAll(COLUMNS)) {
                throw new IllegalStateException(corpus.resolve(MANIFEST) + " does not start with the header " + COLUMNS);
            }
            List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
            Path root = target.toAbsolutePath().normalize();
            List<Entry> entries = new ArrayList<>();
            Set<Path> seen = new HashSet<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length != header.size()) {
                    throw new IllegalStateException(MANIFEST + " line " + (i + 1) + " has " + cells.length
                            + " columns, not " + header.size());
                }
                Entry entry = entry(header, cells, corpus, root, i + 1);
                if (!seen.add(entry.file())) {
                    throw new IllegalStateException(MANIFEST + " line " + (i + 1) + " lays out " + entry.name() + " twice");
                }
                Files.createDirectories(entry.file().getParent());
                Files.copy(entry.stored(), entry.file());
                entries.add(entry);
            }
            return new CorpusWorkspace(corpus, root, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the corpus " + corpus + " in " + target, e);
        }
    }

    private static Entry entry(List<String> header, String[] cells, Path corpus, Path root, int lineNumber) {
        String repo = cells[header.indexOf("repo")];
        String path = cells[header.indexOf("path")];
        String[] ownerAndName = repo.split("/", -1);
        if (ownerAndName.length != 2 || ownerAndName[0].isEmpty() || ownerAndName[1].isEmpty()) {
            throw new IllegalStateException(MANIFEST + " line " + lineNumber + ": repo '" + repo + "' is not owner/name");
        }
        Path repoDir = root.resolve(ownerAndName[0]).resolve(ownerAndName[1]);
        Path file = repoDir.resolve(path).normalize();
        if (path.isEmpty() || !file.startsWith(repoDir) || file.equals(repoDir)) {
            throw new IllegalStateException(MANIFEST + " line " + lineNumber + ": path '" + path + "' leaves " + repo);
        }
        Path base = corpus.toAbsolutePath().normalize();
        Path stored = base.resolve(cells[header.indexOf("stored_file")]).normalize();
        if (!stored.startsWith(base)) {
            throw new IllegalStateException(MANIFEST + " line " + lineNumber + ": stored file leaves the corpus");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : cells[header.indexOf("tags")].split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        return new Entry(cells[header.indexOf("category")], repo, path, cells[header.indexOf("commit")],
                cells[header.indexOf("license")], Set.copyOf(tags), stored, file);
    }

    /** The corpus folder the files came from. */
    public Path corpus() {
        return corpus;
    }

    /** The folder holding {@code <owner>/<repo>/<path>} copies: the workspace root. */
    public Path root() {
        return root;
    }

    /** Every file, in manifest order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every laid-out repository folder ({@code <root>/<owner>/<repo>}), in manifest order. */
    public List<Path> repositories() {
        return entries.stream().map(Entry::repositoryRoot).distinct().toList();
    }

    /** The files of one category: {@code dockerfile}, {@code kubernetes} or {@code github-actions}. */
    public List<Entry> category(String category) {
        return entries.stream().filter(e -> e.category().equals(category)).toList();
    }
}
