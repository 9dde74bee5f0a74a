package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's related places (a duplicate's other definition, also in another file) in all three formats. */
class RelatedPlacesOutputTest {

    private static final String CONFIG = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n";

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/kustomization.yaml"), "resources: [a.yaml, b.yaml]\n");
        Files.writeString(dir.resolve("app/a.yaml"), CONFIG);
        Files.writeString(dir.resolve("app/b.yaml"), "# the same again\n" + CONFIG);
    }

    @Test
    void textPrintsANoteLineUnderTheFinding() {
        List<String> lines = CheckRun.builtin(dir, "--fail-on", "never", "app").out().lines()
                .filter(l -> l.contains("duplicate-resource") || l.contains("note:")).toList();
        assertEquals(List.of(
                "app/a.yaml:4:9: warning k8s/duplicate-resource ConfigMap/settings is defined again in b.yaml (line 3);"
                        + " one silently replaces the other, or kustomize refuses the build",
                "    app/b.yaml:3:1: note: the other definition",
                "app/b.yaml:5:9: warning k8s/duplicate-resource ConfigMap/settings is defined again in a.yaml (line 2);"
                        + " one silently replaces the other, or kustomize refuses the build",
                "    app/a.yaml:2:1: note: the other definition"), lines);
    }

    @Test
    void jsonListsThemUnderRelated() {
        JsonObject finding = findings("json").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("rule").getAsString().equals("k8s/duplicate-resource")).findFirst().orElseThrow();
        JsonObject related = finding.getAsJsonArray("related").get(0).getAsJsonObject();
        assertEquals("app/b.yaml", related.get("path").getAsString());
        assertEquals("the other definition", related.get("message").getAsString());
        assertEquals(3, related.get("line").getAsInt());
        assertEquals(1, related.get("column").getAsInt());
    }

    @Test
    void sarifListsThemAsRelatedLocations() {
        JsonObject sarif = JsonParser.parseString(CheckRun.builtin(dir, "--format", "sarif", "--fail-on", "never", "app")
                .out()).getAsJsonObject();
        JsonArray results = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
        JsonObject result = results.asList().stream().map(e -> e.getAsJsonObject())
                .filter(r -> r.get("ruleId").getAsString().equals("k8s/duplicate-resource")).findFirst().orElseThrow();
        JsonObject related = result.getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
        assertEquals(0, related.get("id").getAsInt());
        assertEquals("the other definition", related.getAsJsonObject("message").get("text").getAsString());
        JsonObject physical = related.getAsJsonObject("physicalLocation");
        assertEquals("app/b.yaml", physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals(3, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertTrue(results.asList().stream().map(e -> e.getAsJsonObject())
                .filter(r -> !r.get("ruleId").getAsString().equals("k8s/duplicate-resource"))
                .noneMatch(r -> r.has("relatedLocations")), "only findings with related places carry them");
    }

    private JsonArray findings(String format) {
        return JsonParser.parseString(CheckRun.builtin(dir, "--format", format, "--fail-on", "never", "app").out())
                .getAsJsonObject().getAsJsonArray("findings");
    }
}
