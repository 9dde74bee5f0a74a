package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented JSON format (docs/cli.md), parsed back. */
class JsonOutputTest {

    @TempDir
    Path dir;

    private static JsonObject parse(CheckRun run) {
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void hasVersionOneAndOneObjectPerFindingWithExactlyTheDocumentedFields() throws IOException {
        Files.createDirectories(dir.resolve("deploy/docker"));
        Files.writeString(dir.resolve("deploy/docker/Dockerfile"), "FROM x\nRUN WARN\n");

        CheckRun run = CheckRun.fake(dir, "--format", "json", "deploy");

        JsonObject root = parse(run);
        assertEquals(List.of("version", "findings"), List.copyOf(root.keySet()));
        assertEquals(1, root.get("version").getAsInt());
        JsonArray findings = root.getAsJsonArray("findings");
        assertEquals(1, findings.size());
        JsonObject expected = JsonParser.parseString("""
                {"path": "deploy/docker/Dockerfile", "rule": "dockerfile/test-warning", "severity": "warning",
                 "message": "Found WARN", "line": 2, "column": 5, "endLine": 2, "endColumn": 9}
                """).getAsJsonObject();
        assertEquals(expected, findings.get(0));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(findings.get(0).getAsJsonObject().keySet()),
                "fields in the documented order");
        assertEquals("", run.err(), "nothing but JSON is printed, and no summary");
        assertEquals(CheckCommand.OK, run.exit());
    }

    @Test
    void severityWordsAreErrorWarningInformationHint() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "ERR WARN INFO HINT\n");

        JsonArray findings = parse(CheckRun.fake(dir, "--format=json", "--include-hints", "Dockerfile")).getAsJsonArray("findings");

        assertEquals(List.of("error", "warning", "information", "hint"),
                findings.asList().stream().map(f -> f.getAsJsonObject().get("severity").getAsString()).toList());
    }

    @Test
    void columnsCountUtf16CodeUnitsAndTheEndIsExclusive() throws IOException {
        // the emoji is one code point but two UTF-16 code units
        Files.writeString(dir.resolve("Dockerfile"), "# \uD83D\uDE00 é ERR\n");

        JsonObject finding = parse(CheckRun.fake(dir, "--format", "json", ".")).getAsJsonArray("findings").get(0).getAsJsonObject();

        assertEquals(1, finding.get("line").getAsInt());
        assertEquals(8, finding.get("column").getAsInt());
        assertEquals(11, finding.get("endColumn").getAsInt());
    }

    @Test
    void findingsAreSortedByPathThenPositionAcrossFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("b/Dockerfile"), "WARN\n");
        Files.writeString(dir.resolve("a/Dockerfile"), "x WARN\nERR\n");

        JsonArray findings = parse(CheckRun.fake(dir, "--format", "json", "b", "a")).getAsJsonArray("findings");

        assertEquals(List.of("a/Dockerfile 1:3", "a/Dockerfile 2:1", "b/Dockerfile 1:1"), findings.asList().stream()
                .map(JsonElement::getAsJsonObject)
                .map(f -> f.get("path").getAsString() + " " + f.get("line") + ":" + f.get("column"))
                .toList());
    }

    @Test
    void noFindingsIsAnEmptyArray() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");

        CheckRun run = CheckRun.fake(dir, "--format", "json", ".");

        assertEquals(JsonParser.parseString("{\"version\":1,\"findings\":[]}"), parse(run));
        assertEquals(CheckCommand.OK, run.exit());
    }

    @Test
    void writesUtf8AndKeepsMessagesReadable() throws IOException {
        Files.writeString(dir.resolve(".plumbline.yaml"), "rules:\n  \"dockerfile/ünknown<x>\": off\n");

        CheckRun run = CheckRun.builtin(dir, "--format", "json", ".");

        String message = parse(run).getAsJsonArray("findings").get(0).getAsJsonObject().get("message").getAsString();
        assertEquals("Unknown rule \"dockerfile/ünknown<x>\"; this entry is ignored.", message);
        assertTrue(run.out().contains("ünknown<x>"), "no \\u escapes for readable characters");
    }
}
