package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses every Kubernetes and GitHub Actions file of the shared real-world corpus: no exception, all
 * ranges inside the file, every scalar's content map consistent; prints counts for review.
 */
class YamlCorpusTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kubernetes", "github-actions"})
    void parsesEveryCorpusFile(String kind) throws IOException {
        Optional<Path> corpus = corpusDirectory();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found above " + Path.of("").toAbsolutePath());
        Path dir = corpus.get().resolve(kind);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        int documents = 0;
        int scalars = 0;
        int inexact = 0;
        TreeMap<String, Integer> problemsByKind = new TreeMap<>();
        List<String> withProblems = new ArrayList<>();
        long start = System.nanoTime();
        for (Path path : files) {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            YamlFile file = YamlParser.parse(text);
            TextDocument doc = TextDocument.of(path.toUri().toString(), text);
            Range whole = doc.rangeOf(0, text.length());
            documents += file.documents().size();
            for (YamlProblem problem : file.problems()) {
                problemsByKind.merge(problem.kind().name(), 1, Integer::sum);
                assertTrue(whole.contains(problem.range()), () -> path + ": " + problem);
            }
            if (file.hasProblems()) {
                withProblems.add(path.getFileName() + ": " + file.problems().get(0));
            }
            for (YamlDocument document : file.documents()) {
                if (document.root().isEmpty()) {
                    continue;
                }
                for (YamlNode node : document.root().get().descendants()) {
                    assertTrue(whole.contains(node.fullRange()), () -> path + ": " + node);
                    if (node instanceof YamlScalar scalar) {
                        scalars++;
                        if (!scalar.content().exact()) {
                            inexact++;
                            System.out.println("  inexact scalar " + path.getFileName() + " " + scalar);
                        }
                        ScalarContentTest.assertSelfConsistent(scalar, doc);
                    }
                    if ((node instanceof YamlScalar || node instanceof YamlAlias) && !node.range().isEmpty()) {
                        assertSame(node, document.nodeAt(node.range().start()).orElse(null),
                                () -> path + ": nodeAt(" + node.range().start() + ") misses " + node);
                    }
                }
            }
            YamlSuppressions.of(file, doc);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("corpus/%s: %d files, %d documents, %d scalars (%d not exactly mapped), problems %s, %d ms%n",
                kind, files.size(), documents, scalars, inexact, problemsByKind, millis);
        withProblems.forEach(line -> System.out.println("  " + line));
        assertTrue(files.size() > 0);
    }

    /** {@code shared/corpus} in this directory or one above it (the repository sits next to {@code shared/}). */
    static Optional<Path> corpusDirectory() {
        String configured = System.getProperty("plumbline.corpus");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.tsv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
