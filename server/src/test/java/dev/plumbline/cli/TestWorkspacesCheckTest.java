package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.plumbline.testing.GoldenWorkspace;
import dev.plumbline.testing.RepositoryPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code plumbline check test-workspaces}, the README's first command, prints exactly what the golden
 * {@code .expected} files say: the CLI walks, detects, configures and reports as the engine-level
 * {@code GoldenWorkspaceTest} expects. Regenerate with that test (see test-workspaces/README.md).
 */
class TestWorkspacesCheckTest {

    private final Path root = RepositoryPaths.root();
    private final Path workspaces = RepositoryPaths.testWorkspaces();

    /** Every expectation file, keyed by its input's path as the CLI prints it (relative to the repository root). */
    private Map<String, List<String>> expectations() throws IOException {
        try (Stream<Path> files = Files.walk(workspaces)) {
            return files.filter(Files::isRegularFile)
                    .filter(GoldenWorkspace::isExpectation)
                    .collect(Collectors.toMap(
                            e -> root.relativize(GoldenWorkspace.inputOf(e)).toString().replace('\\', '/'),
                            GoldenWorkspace::readExpectation, (a, b) -> a, TreeMap::new));
        }
    }

    /** The arguments with every scenario named a workspace of its own, as the golden test treats them. */
    private String[] withScenarios(String... args) {
        List<String> all = new java.util.ArrayList<>();
        for (Path scenario : GoldenWorkspace.scenarios(workspaces)) {
            all.add("--workspace");
            all.add(root.relativize(scenario).toString());
        }
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void jsonOutputMatchesTheGoldenExpectations() throws IOException {
        CheckRun run = CheckRun.builtin(root, withScenarios("--format", "json", "--include-hints", "--fail-on", "never",
                "test-workspaces"));

        JsonObject output = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, output.get("version").getAsInt());
        Map<String, List<String>> actual = new TreeMap<>();
        for (JsonElement element : output.getAsJsonArray("findings")) {
            JsonObject f = element.getAsJsonObject();
            String range = f.get("line") + ":" + f.get("column") + "-" + f.get("endLine") + ":" + f.get("endColumn");
            actual.computeIfAbsent(f.get("path").getAsString(), p -> new java.util.ArrayList<>())
                    .add(GoldenWorkspace.line(range, f.get("severity").getAsString(), f.get("rule").getAsString(),
                            f.get("message").getAsString()));
        }
        Map<String, List<String>> expected = expectations();
        Map<String, List<String>> expectedWithFindings = new TreeMap<>(expected);
        expectedWithFindings.values().removeIf(List::isEmpty);

        assertEquals(expectedWithFindings, actual);
        assertEquals(CheckCommand.OK, run.exit());
        assertEquals("", run.err());
    }

    @Test
    void checksExactlyTheFilesThatHaveExpectations() throws IOException {
        CheckRun run = CheckRun.builtin(root, withScenarios("--fail-on", "never", "--include-hints", "test-workspaces"));

        int files = expectations().size();
        String summary = run.errLines().get(run.errLines().size() - 1);
        assertTrue(summary.endsWith(" in " + files + (files == 1 ? " file" : " files")), summary);
        assertTrue(run.outLines().stream().noneMatch(line -> line.contains(GoldenWorkspace.SUFFIX + ":")),
                "the .expected files are ignored by test-workspaces/.plumbline.yaml:\n" + run.out());
    }

    @Test
    void theExamplesInDocsCliMdAreRealOutput() throws IOException {
        String docs = Files.readString(root.resolve("docs/cli.md"));
        java.util.regex.Matcher json = java.util.regex.Pattern.compile("```json\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(docs);
        assertTrue(json.find(), "docs/cli.md has a JSON example");
        JsonObject example = JsonParser.parseString(json.group(1)).getAsJsonObject();
        JsonObject actual = JsonParser.parseString(CheckRun.builtin(root, "--format", "json", "test-workspaces").out())
                .getAsJsonObject();
        assertEquals(example.get("version"), actual.get("version"));
        for (JsonElement finding : example.getAsJsonArray("findings")) {
            assertTrue(actual.getAsJsonArray("findings").contains(finding), "not in the real output: " + finding);
        }

        java.util.regex.Matcher text = java.util.regex.Pattern.compile("### Text\n\n```\n(.*?)\n```", java.util.regex.Pattern.DOTALL)
                .matcher(docs);
        assertTrue(text.find(), "docs/cli.md has a text example");
        assertTrue(CheckRun.builtin(root, "test-workspaces").outLines().contains(text.group(1)), text.group(1));
    }
}
