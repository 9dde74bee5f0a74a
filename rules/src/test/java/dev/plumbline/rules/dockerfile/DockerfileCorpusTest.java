package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses and analyses every Dockerfile of the shared real-world corpus: no exception, no internal
 * error. Prints how many findings each rule gives (and, with {@code -Dplumbline.corpus.verbose=true},
 * every finding) so false positives can be reviewed.
 */
class DockerfileCorpusTest {

    /** {@code shared/corpus/dockerfile} in the working directory or one of its parents (or -Dplumbline.corpus). */
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

    private static String read(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    @Test
    void everyCorpusDockerfileIsAnalysedWithoutFailure() throws IOException {
        Optional<Path> dir = corpus();
        Assumptions.assumeTrue(dir.isPresent(),
                "skipped: no shared/corpus/dockerfile above " + Path.of("").toAbsolutePath() + " (set -Dplumbline.corpus)");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir.get())) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> byRule = new TreeMap<>();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
        for (Path file : files) {
            String name = file.getFileName().toString();
            TextDocument doc = TextDocument.of(file.toUri().toString(), read(file));
            try {
                Dockerfile model = DockerfileParser.parse(doc);
                walk(model);
                AnalysisResult result = analyzer.analyze(doc, "Dockerfile", Config.DEFAULT, Cancellation.NONE);
                for (Finding finding : result.findings()) {
                    if (finding.ruleId().equals(EngineRules.INTERNAL_ERROR.id())) {
                        failures.add(name + ": " + finding.message());
                    }
                    byRule.computeIfAbsent(finding.ruleId(), k -> new ArrayList<>())
                            .add(name + ":" + finding.range() + " " + finding.message());
                }
            } catch (RuntimeException e) {
                failures.add(name + ": " + e);
            }
        }
        boolean verbose = Boolean.getBoolean("plumbline.corpus.verbose");
        System.out.println("Dockerfile corpus: " + files.size() + " files"
                + (verbose ? "" : " (-Dplumbline.corpus.verbose=true lists every finding)"));
        byRule.forEach((rule, findings) -> {
            System.out.println("  " + rule + ": " + findings.size());
            if (verbose) {
                findings.forEach(f -> System.out.println("      " + f));
            }
        });
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** Touches the lazily computed parts of the model. */
    private static void walk(Dockerfile model) {
        for (Instruction instruction : model.instructions()) {
            Instruction effective = instruction instanceof OnbuildInstruction o ? o.trigger().orElse(instruction) : instruction;
            if (effective instanceof RunInstruction run) {
                run.commands();
                run.mounts();
            }
        }
        model.froms().forEach(model::baseImage);
    }
}
