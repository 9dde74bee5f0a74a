package dev.plumbline.rules.dockerfile.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every editor feature at many positions of every real-world Dockerfile: nothing throws, every
 * range lies inside the document, and a definition is among the references of what it defines.
 */
class DockerfileFeaturesCorpusTest {

    private static final DockerfileFeatures FEATURES = new DockerfileFeatures();

    @Test
    void featuresAnswerEverywhereInTheCorpus() throws IOException {
        Optional<Path> corpus = corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "skipped: no shared/corpus/dockerfile above the working directory");
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus.get())) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            TextDocument document = TextDocument.of(file.toUri().toString(), "dockerfile", 1, text);
            Dockerfile model = DockerfileParser.parse(document);
            try {
                check(model, document, problems, file.getFileName().toString());
            } catch (RuntimeException e) {
                throw new AssertionError(file.getFileName() + ": " + e, e);
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
    }

    private static void check(Dockerfile model, TextDocument document, List<String> problems, String name) {
        Position end = document.positionAt(document.text().length());
        FEATURES.outline(model, document).forEach(symbol -> assertTrue(!symbol.range().end().isAfter(end), name));
        int step = Math.max(1, document.text().length() / 400);
        for (int offset = 0; offset <= document.text().length(); offset += step) {
            Position position = document.positionAt(offset);
            FEATURES.hover(model, document, position)
                    .ifPresent(hover -> inside(hover.range().end(), end, problems, name + " hover " + position));
            FEATURES.complete(model, document, position)
                    .forEach(item -> inside(item.replace().end(), end, problems, name + " completion " + position));
            List<TargetLocation> definitions = FEATURES.definition(model, document, position);
            if (!definitions.isEmpty()) {
                List<TargetLocation> references = FEATURES.references(model, document, position, true);
                for (TargetLocation definition : definitions) {
                    inside(definition.range().end(), end, problems, name + " definition " + position);
                    if (!references.contains(definition)) {
                        problems.add(name + " " + position + ": definition " + definition.range()
                                + " is not among the references " + references);
                    }
                }
            }
        }
    }

    private static void inside(Position position, Position end, List<String> problems, String what) {
        if (position.isAfter(end)) {
            problems.add(what + ": range ends after the document");
        }
    }

    private static Optional<Path> corpus() {
        String configured = System.getProperty("plumbline.corpus");
        if (configured != null) {
            return Optional.of(Path.of(configured, "dockerfile")).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus").resolve("dockerfile");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
