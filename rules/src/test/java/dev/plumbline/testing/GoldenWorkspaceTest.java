package dev.plumbline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code test-workspaces/} that Plumbline analyses must match its {@code .expected}
 * sibling exactly. Run with {@code -Dgolden.update=true} to rewrite the expectations from the
 * current findings, then review the diff (see test-workspaces/README.md).
 */
class GoldenWorkspaceTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final GoldenWorkspace workspace = new GoldenWorkspace(RepositoryPaths.testWorkspaces(),
            new Analyzer(BuiltinRules.registry(), failure -> { throw new AssertionError(failure); }),
            BuiltinRules.configResolver());

    @TestFactory
    Stream<DynamicTest> everyAnalysedFileMatchesItsExpectation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : workspace.files()) {
            if (GoldenWorkspace.isExpectation(file)) {
                continue;
            }
            Optional<List<Finding>> findings = workspace.analyse(file);
            if (findings.isPresent()) {
                tests.add(DynamicTest.dynamicTest(workspace.relative(file), () -> verify(file, findings.get())));
            }
        }
        assertTrue(!tests.isEmpty(), "no analysed file under " + workspace.root());
        return tests.stream();
    }

    private void verify(Path file, List<Finding> findings) {
        Path expectation = GoldenWorkspace.expectationOf(file);
        List<String> actual = GoldenWorkspace.lines(findings);
        if (UPDATE) {
            GoldenWorkspace.writeExpectation(expectation, actual);
            return;
        }
        if (!Files.isRegularFile(expectation)) {
            fail("missing expectation " + workspace.relative(expectation) + " for an analysed file; it would hold:\n"
                    + (actual.isEmpty() ? "(nothing: an empty file)" : String.join("\n", actual)) + "\n(run with -Dgolden.update=true to write it, then review it)");
        }
        assertEquals(String.join("\n", GoldenWorkspace.readExpectation(expectation)), String.join("\n", actual),
                () -> workspace.relative(file) + " (run with -Dgolden.update=true to accept, then review the diff)");
    }

    @Test
    void everyExpectationBelongsToAnAnalysedFile() {
        List<String> orphans = new ArrayList<>();
        for (Path expectation : workspace.files()) {
            if (!GoldenWorkspace.isExpectation(expectation)) {
                continue;
            }
            Path input = GoldenWorkspace.inputOf(expectation);
            String why = !Files.isRegularFile(input) ? "its input is missing"
                    : workspace.analyse(input).isEmpty() ? "its input is not analysed (not ours, or ignored)" : null;
            if (why != null) {
                if (UPDATE) {
                    deleteQuietly(expectation);
                } else {
                    orphans.add(workspace.relative(expectation) + ": " + why);
                }
            }
        }
        assertEquals(List.of(), orphans, "expectations without an analysed input");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
