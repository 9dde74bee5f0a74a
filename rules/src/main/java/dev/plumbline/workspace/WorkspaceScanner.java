package dev.plumbline.workspace;

import dev.plumbline.engine.Cancellation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds and updates a {@link WorkspaceIndex}: walks the root as {@code check} does, records every
 * file, and reads the files some extractor accepts (never more than {@link #MAX_BYTES}) to take
 * their facts. Nothing in the workspace is executed.
 */
public final class WorkspaceScanner {

    /** Larger files are listed but not read. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private final List<FactsExtractor<?>> extractors;

    public WorkspaceScanner(List<FactsExtractor<?>> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /**
     * Scans {@code root} into {@code index} and marks it complete.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancellation} fires
     */
    public void scan(WorkspaceIndex index, Cancellation cancellation) {
        List<Path> files = SourceWalker.collect(List.of(index.root()), (dir, reason) -> { });
        for (Path file : files) {
            cancellation.checkCanceled();
            index.relativePath(file).ifPresent(path -> index.put(path, readFacts(file, path)));
        }
        index.markComplete();
    }

    /** A file on disk was created or changed: read it again. A file that is gone leaves the index. */
    public void refresh(WorkspaceIndex index, Path file) {
        Optional<String> path = index.relativePath(file);
        if (path.isEmpty()) {
            return;
        }
        if (Files.isRegularFile(file)) {
            index.put(path.get(), readFacts(file, path.get()));
        } else {
            index.remove(path.get());
        }
    }

    /** An open document's text is newer than the disk: take its facts from there. */
    public void update(WorkspaceIndex index, String relativePath, String text) {
        index.put(relativePath, factsOf(relativePath, text));
    }

    /** The facts of a text as every accepting extractor sees it. */
    public Map<Class<?>, Object> factsOf(String relativePath, String text) {
        Map<Class<?>, Object> facts = new HashMap<>();
        for (FactsExtractor<?> extractor : extractors) {
            if (extractor.accepts(relativePath)) {
                extract(extractor, relativePath, text).ifPresent(f -> facts.put(extractor.type(), f));
            }
        }
        return facts;
    }

    private Map<Class<?>, Object> readFacts(Path file, String relativePath) {
        if (extractors.stream().noneMatch(e -> e.accepts(relativePath))) {
            return Map.of();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            return factsOf(relativePath, SourceText.read(file, MAX_BYTES).text());
        } catch (IOException e) {
            return Map.of(); // unreadable: listed, without facts
        }
    }

    private static Optional<?> extract(FactsExtractor<?> extractor, String path, String text) {
        try {
            return extractor.extract(path, text);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty(); // an extractor bug must not stop the scan
        }
    }
}
