package dev.plumbline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code test-workspaces/repositories/broken-repository} plus the huge files it is not worth
 * committing, generated here: a bundle of a thousand manifests (still checked, within a time
 * budget), a manifest over the analyzer's size limit (reported, not parsed) and a Dockerfile with
 * one enormous line. The committed files still match their expectations next to the huge ones.
 */
class BrokenRepositoryTest {

    private static final String SCENARIO = "repositories/broken-repository";
    /**
     * Generous: the bundle (0.7 MB) takes 2-7 s on a loaded 2-core machine, linear in its size; a
     * quadratic step would blow this by far.
     */
    private static final long BUDGET_MS = 20_000;

    private static final int BUNDLE_SIZE = 1_000;

    @TempDir
    static Path root;
    private static Path repository;
    private static GoldenWorkspace workspace;

    @BeforeAll
    static void copyAndGenerate() throws IOException {
        repository = root.resolve(SCENARIO);
        copyTree(RepositoryPaths.testWorkspaces().resolve(SCENARIO), repository);
        Files.copy(RepositoryPaths.testWorkspaces().resolve(".plumbline.yaml"), root.resolve(".plumbline.yaml"));
        writeBundle(repository.resolve("deploy/generated-bundle.yaml"), BUNDLE_SIZE);
        writeRepeated(repository.resolve("deploy/too-large.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n",
                "  key-%d: \"%s\"\n", 90_000);
        Files.writeString(repository.resolve("docker/Dockerfile.long-line"), "FROM alpine:3.20\nRUN echo "
                + "x".repeat(3_000_000) + "\nUSER 10001\n", StandardCharsets.UTF_8);
        workspace = new GoldenWorkspace(root, new Analyzer(BuiltinRules.registry(), failure -> {
            throw new AssertionError(failure);
        }), BuiltinRules.configResolver());
    }

    @Test
    void aBundleOfAThousandManifestsIsCheckedWithinTheBudget() {
        Timed timed = analyse("deploy/generated-bundle.yaml");

        assertTrue(timed.millis() < BUDGET_MS, "took " + timed.millis() + " ms");
        assertNoInternalError(timed.findings());
        // every generated Deployment uses a :latest image, so each must be reported
        assertEquals(BUNDLE_SIZE, timed.findings().stream().filter(f -> f.ruleId().equals("k8s/latest-tag")).count());
    }

    @Test
    void aManifestOverTheSizeLimitIsReportedNotParsed() {
        Timed timed = analyse("deploy/too-large.yaml");

        assertTrue(timed.millis() < BUDGET_MS, "took " + timed.millis() + " ms");
        assertEquals(List.of(EngineRules.UNSUPPORTED_CONTENT.id()), timed.findings().stream().map(Finding::ruleId).toList());
        assertTrue(timed.findings().get(0).message().startsWith("File is too large to check"), timed.findings().toString());
    }

    @Test
    void aDockerfileWithAThreeMegabyteLineIsChecked() {
        Timed timed = analyse("docker/Dockerfile.long-line");

        assertTrue(timed.millis() < BUDGET_MS, "took " + timed.millis() + " ms");
        assertNoInternalError(timed.findings());
    }

    @Test
    void theCommittedFilesStillMatchTheirExpectations() {
        List<String> mismatches = new ArrayList<>();
        for (Path file : workspace.files()) {
            Path expectation = GoldenWorkspace.expectationOf(file);
            if (GoldenWorkspace.isExpectation(file) || !Files.isRegularFile(expectation)) {
                continue;
            }
            List<String> actual = workspace.analyse(file).map(GoldenWorkspace::lines).orElse(List.of());
            if (!actual.equals(GoldenWorkspace.readExpectation(expectation))) {
                mismatches.add(workspace.relative(file) + ":\n  " + String.join("\n  ", actual));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private record Timed(List<Finding> findings, long millis) {
    }

    private static Timed analyse(String relative) {
        long start = System.nanoTime();
        Optional<List<Finding>> findings = workspace.analyse(repository.resolve(relative));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(findings.isPresent(), relative + " is not analysed");
        return new Timed(findings.get(), millis);
    }

    private static void assertNoInternalError(List<Finding> findings) {
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals(EngineRules.INTERNAL_ERROR.id())), findings.toString());
    }

    /** {@code count} Deployments, each with the usual gaps, as a generated bundle (a Helm render, an operator's install.yaml) has them. */
    private static void writeBundle(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write("""
                        ---
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: generated-%1$d
                          labels: {app: generated-%1$d}
                        spec:
                          selector:
                            matchLabels: {app: generated-%1$d}
                          template:
                            metadata:
                              labels: {app: generated-%1$d}
                            spec:
                              containers:
                                - name: app
                                  image: registry.example.com/generated-%1$d:latest
                                  args: ["--port=8080", "--verbose"]
                                  env:
                                    - {name: INDEX, value: "%1$d"}
                        """.formatted(i));
            }
        }
    }

    private static void writeRepeated(Path file, String head, String lineFormat, int lines) throws IOException {
        String value = "v".repeat(96);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            for (int i = 0; i < lines; i++) {
                out.write(lineFormat.formatted(i, value));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
