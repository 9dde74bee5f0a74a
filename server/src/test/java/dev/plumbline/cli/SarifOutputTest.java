package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.plumbline.server.Version;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF 2.1.0 in the shape GitHub code scanning reads: the properties the SARIF schema requires,
 * with the types it requires, plus the ones GitHub uses to show an alert (rule descriptions and
 * help, levels, a relative location with a 1-based region).
 */
class SarifOutputTest {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    @TempDir
    Path dir;

    private JsonObject sarif(CheckRun run) {
        assertEquals("", run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void isAValidSarifLogWithRulesAndResults() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/Dockerfile"), "FROM x\nRUN ERR && WARN\nINFO\n");
        Files.writeString(dir.resolve("app/.plumbline.yaml"), "gha: { actionPinning: branch }\n");

        JsonObject log = sarif(CheckRun.fake(dir, "--format", "sarif", "app"));

        assertValidShape(log);
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        List<String> ruleIds = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").asList().stream()
                .map(r -> r.getAsJsonObject().get("id").getAsString()).toList();
        assertEquals(List.of("dockerfile/test-error", "dockerfile/test-info", "dockerfile/test-warning", "plumbline/config"),
                ruleIds, "only rules with results, sorted by id");
        assertEquals(4, run.getAsJsonArray("results").size());
    }

    @Test
    void describesTheToolAndTheColumnUnits() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "WARN\n");

        JsonObject log = sarif(CheckRun.fake(dir, "--format=sarif", "."));

        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").getAsString());
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("Plumbline", driver.get("name").getAsString());
        assertEquals(Version.current(), driver.get("version").getAsString());
        assertFalse(driver.has("informationUri"), "no made-up home page");
        assertEquals("utf16CodeUnits", run.get("columnKind").getAsString());
        assertEquals(dir.toUri().toString(), run.getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject("%SRCROOT%").get("uri").getAsString());
    }

    @Test
    void aResultPointsAtItsRuleAndARelativeOneBasedRegion() throws IOException {
        Files.createDirectories(dir.resolve("my app"));
        Files.writeString(dir.resolve("my app/Dockerfile"), "FROM x\nRUN echo \uD83D\uDE00 ERR\n");

        JsonObject run = sarif(CheckRun.fake(dir, "--format", "sarif", ".")).getAsJsonArray("runs").get(0).getAsJsonObject();

        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals(JsonParser.parseString("""
                {
                  "ruleId": "dockerfile/test-error",
                  "ruleIndex": 0,
                  "level": "error",
                  "message": {"text": "Found ERR"},
                  "locations": [{
                    "physicalLocation": {
                      "artifactLocation": {"uri": "my%20app/Dockerfile", "uriBaseId": "%SRCROOT%"},
                      "region": {"startLine": 2, "startColumn": 13, "endLine": 2, "endColumn": 16}
                    }
                  }]
                }
                """), result);
    }

    @Test
    void ruleMetadataComesFromTheRuleAndItsDocsPage() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "ERR WARN\n");

        JsonArray rules = sarif(CheckRun.fake(dir, "--format", "sarif", ".")).getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");

        JsonObject documented = rules.get(0).getAsJsonObject();
        assertEquals("dockerfile/test-error", documented.get("id").getAsString());
        assertEquals("dockerfile/test-error", documented.get("name").getAsString());
        assertEquals("Word ERR is present", text(documented, "shortDescription"));
        assertEquals("Flags the word ERR; exists only in the CLI's tests.", text(documented, "fullDescription"));
        JsonObject help = documented.getAsJsonObject("help");
        assertTrue(help.get("markdown").getAsString().startsWith("# dockerfile/test-error\n"));
        assertTrue(help.get("markdown").getAsString().contains("## How to fix"));
        assertEquals(help.get("markdown"), help.get("text"), "Markdown reads well as plain text");
        assertEquals("error", documented.getAsJsonObject("defaultConfiguration").get("level").getAsString());
        assertEquals(JsonParser.parseString("{\"tags\": [\"dockerfile\"], \"problem.severity\": \"error\"}"),
                documented.get("properties"));

        JsonObject undocumented = rules.get(1).getAsJsonObject();
        assertEquals("dockerfile/test-warning", undocumented.get("id").getAsString());
        assertEquals("Word WARN is present", text(undocumented, "fullDescription"), "falls back to the title");
        assertEquals("Word WARN is present", text(undocumented, "help"));
        assertFalse(undocumented.getAsJsonObject("help").has("markdown"));
    }

    @Test
    void levelsFollowTheEffectiveSeverity() throws IOException {
        Files.writeString(dir.resolve(".plumbline.yaml"), "rules:\n  dockerfile/test-warning: error\n");
        Files.writeString(dir.resolve("Dockerfile"), "WARN INFO HINT\n");

        JsonObject run = sarif(CheckRun.fake(dir, "--format", "sarif", "--include-hints", "Dockerfile"))
                .getAsJsonArray("runs").get(0).getAsJsonObject();

        List<String> levels = run.getAsJsonArray("results").asList().stream()
                .map(r -> r.getAsJsonObject().get("ruleId").getAsString() + "=" + r.getAsJsonObject().get("level").getAsString())
                .toList();
        assertEquals(List.of("dockerfile/test-warning=error", "dockerfile/test-info=note", "dockerfile/test-hint=note"), levels);
        JsonObject warningRule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
                .get(2).getAsJsonObject();
        assertEquals("dockerfile/test-warning", warningRule.get("id").getAsString());
        assertEquals("warning", warningRule.getAsJsonObject("defaultConfiguration").get("level").getAsString(),
                "the rule's default, not the configured one");
    }

    @Test
    void noFindingsIsARunWithNoResults() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");

        JsonObject log = sarif(CheckRun.fake(dir, "--format", "sarif", "."));

        assertValidShape(log);
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(0, run.getAsJsonArray("results").size());
        assertEquals(0, run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").size());
    }

    @Test
    void relativePathsBecomeUriReferences() {
        assertEquals("a/b/Dockerfile", SarifReportWriter.uriReference("a/b/Dockerfile"));
        assertEquals("my%20app/%C3%A9t%C3%A9/Dockerfile", SarifReportWriter.uriReference("my app/été/Dockerfile"));
        assertEquals("../x/Dockerfile.prod", SarifReportWriter.uriReference("../x/Dockerfile.prod"));
        assertEquals("c%3Ad/e:f", SarifReportWriter.uriReference("c:d/e:f"));
        assertEquals("100%25/%23x%3F", SarifReportWriter.uriReference("100%/#x?"));
        for (String path : List.of("my app/été/Dockerfile", "c:d/e:f", "100%/#x?")) {
            URI uri = URI.create(SarifReportWriter.uriReference(path));
            assertFalse(uri.isAbsolute(), path);
            assertEquals(path, uri.getPath(), "decodes back");
        }
    }

    /** The SARIF schema's required properties and types on every object we write, and GitHub's needs. */
    static void assertValidShape(JsonObject log) {
        string(log, "$schema");
        assertEquals("2.1.0", string(log, "version"));
        JsonArray runs = array(log, "runs");
        assertEquals(1, runs.size());
        JsonObject run = runs.get(0).getAsJsonObject();
        JsonObject driver = object(object(run, "tool"), "driver");
        assertFalse(string(driver, "name").isEmpty());
        string(driver, "version");
        JsonArray rules = array(driver, "rules");
        for (JsonElement element : rules) {
            JsonObject rule = element.getAsJsonObject();
            string(rule, "id");
            string(rule, "name");
            for (String description : List.of("shortDescription", "fullDescription", "help")) {
                String text = string(object(rule, description), "text");
                assertFalse(text.isBlank(), description);
                if (!description.equals("help")) {
                    assertTrue(text.length() <= SarifReportWriter.DESCRIPTION_LIMIT, description + " within GitHub's limit");
                }
            }
            assertTrue(LEVELS.contains(string(object(rule, "defaultConfiguration"), "level")));
            for (JsonElement tag : array(object(rule, "properties"), "tags")) {
                assertTrue(tag.isJsonPrimitive() && tag.getAsJsonPrimitive().isString(), "tags are strings");
            }
        }
        assertEquals("utf16CodeUnits", string(run, "columnKind"));
        String base = string(object(object(run, "originalUriBaseIds"), SarifReportWriter.SRCROOT), "uri");
        assertTrue(URI.create(base).isAbsolute() && base.endsWith("/"), "a base URI is absolute and ends with a slash");
        for (JsonElement element : array(run, "results")) {
            JsonObject result = element.getAsJsonObject();
            int index = integer(result, "ruleIndex");
            assertEquals(rules.get(index).getAsJsonObject().get("id").getAsString(), string(result, "ruleId"));
            assertTrue(LEVELS.contains(string(result, "level")));
            assertFalse(string(object(result, "message"), "text").isBlank());
            JsonArray locations = array(result, "locations");
            assertEquals(1, locations.size());
            JsonObject physical = object(locations.get(0).getAsJsonObject(), "physicalLocation");
            JsonObject artifact = object(physical, "artifactLocation");
            URI uri = URI.create(string(artifact, "uri"));
            assertFalse(uri.isAbsolute(), "relative to the source root");
            assertEquals(SarifReportWriter.SRCROOT, string(artifact, "uriBaseId"));
            JsonObject region = object(physical, "region");
            int startLine = integer(region, "startLine");
            int startColumn = integer(region, "startColumn");
            int endLine = integer(region, "endLine");
            int endColumn = integer(region, "endColumn");
            assertTrue(startLine >= 1 && startColumn >= 1 && endColumn >= 1, "1-based");
            assertTrue(endLine > startLine || (endLine == startLine && endColumn >= startColumn), "end after start");
        }
    }

    private static String text(JsonObject owner, String name) {
        return string(object(owner, name), "text");
    }

    private static JsonObject object(JsonObject owner, String name) {
        JsonElement value = owner.get(name);
        assertNotNull(value, "missing " + name);
        if (!value.isJsonObject()) {
            fail(name + " must be an object");
        }
        return value.getAsJsonObject();
    }

    private static JsonArray array(JsonObject owner, String name) {
        JsonElement value = owner.get(name);
        assertNotNull(value, "missing " + name);
        assertTrue(value.isJsonArray(), name + " must be an array");
        return value.getAsJsonArray();
    }

    private static String string(JsonObject owner, String name) {
        JsonElement value = owner.get(name);
        assertNotNull(value, "missing " + name);
        assertTrue(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString(), name + " must be a string");
        return value.getAsString();
    }

    private static int integer(JsonObject owner, String name) {
        JsonElement value = owner.get(name);
        assertNotNull(value, "missing " + name);
        assertTrue(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber(), name + " must be a number");
        double number = value.getAsDouble();
        assertEquals(Math.rint(number), number, name + " must be an integer");
        return (int) number;
    }
}
