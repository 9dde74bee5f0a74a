package dev.plumbline.vscode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.server.settings.ServerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extension manifest against what the server reads and what the issue promises users. */
class PackageJsonTest {

    private static JsonObject manifest;
    private static JsonObject properties;

    @BeforeAll
    static void load() throws IOException {
        manifest = ClientFiles.json("package.json");
        properties = manifest.getAsJsonObject("contributes").getAsJsonObject("configuration").getAsJsonObject("properties");
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.getAsString()));
        return values;
    }

    @Test
    void everySettingIsReadBySomeone() {
        // the server reads debounceMs and rules (ServerSettings); the client reads java.*, server.path and
        // trace.server; shellcheck.* are passed through for the server's ShellCheck support, not built yet
        assertEquals(new TreeSet<>(Set.of("plumbline.debounceMs", "plumbline.rules", "plumbline.java.home",
                "plumbline.java.vmargs", "plumbline.server.path", "plumbline.trace.server",
                "plumbline.shellcheck.enable", "plumbline.shellcheck.path")), new TreeSet<>(properties.keySet()));
    }

    @Test
    void debounceDefaultIsTheServers() {
        JsonObject debounce = properties.getAsJsonObject("plumbline.debounceMs");
        assertEquals(ServerSettings.DEFAULT_DEBOUNCE_MS, debounce.get("default").getAsInt());
        assertEquals(0, debounce.get("minimum").getAsInt());
    }

    @Test
    void ruleSeveritiesAreWordsTheServerParses() {
        JsonArray words = properties.getAsJsonObject("plumbline.rules").getAsJsonObject("additionalProperties").getAsJsonArray("enum");
        assertEquals(List.of("off", "error", "warning", "info", "hint"), strings(words));
        words.forEach(word -> assertTrue(RuleSetting.parse(word.getAsString()).isPresent(), word.getAsString()));
    }

    @Test
    void executablePathsAreRestrictedInUntrustedWorkspaces() {
        JsonObject untrusted = manifest.getAsJsonObject("capabilities").getAsJsonObject("untrustedWorkspaces");
        assertEquals("limited", untrusted.get("supported").getAsString());
        assertEquals(Set.of("plumbline.java.home", "plumbline.java.vmargs", "plumbline.server.path", "plumbline.shellcheck.path"),
                Set.copyOf(strings(untrusted.getAsJsonArray("restrictedConfigurations"))));
    }

    @Test
    void activatesOnTheThreeLanguagesAndClaimsNoLanguageOfItsOwn() {
        List<String> events = strings(manifest.getAsJsonArray("activationEvents"));
        assertTrue(events.containsAll(List.of("onLanguage:dockerfile", "onLanguage:yaml", "onLanguage:github-actions-workflow",
                "workspaceContains:**/Dockerfile", "workspaceContains:.github/workflows/*.yml")), events.toString());
        assertFalse(manifest.getAsJsonObject("contributes").has("languages"), "must not claim a language id");
        assertFalse(manifest.getAsJsonObject("contributes").has("grammars"));
    }

    @Test
    void typesNeverNewerThanEnginesAndEveryVersionPinned() {
        assertEquals("^1.91.0", manifest.getAsJsonObject("engines").get("vscode").getAsString());
        JsonObject dev = manifest.getAsJsonObject("devDependencies");
        assertEquals("1.91.0", dev.get("@types/vscode").getAsString());
        assertEquals("11.0.0", manifest.getAsJsonObject("dependencies").get("vscode-languageclient").getAsString());
        for (JsonObject deps : List.of(dev, manifest.getAsJsonObject("dependencies"))) {
            for (Map.Entry<String, JsonElement> dep : deps.entrySet()) {
                assertTrue(dep.getValue().getAsString().matches("\\d+\\.\\d+\\.\\d+"), dep.getKey() + " is not pinned: " + dep.getValue());
            }
        }
    }

    @Test
    void theLockfileIsCommittedAndMatchesTheManifest() throws IOException {
        JsonObject lock = ClientFiles.json("package-lock.json");
        JsonObject root = lock.getAsJsonObject("packages").getAsJsonObject("");
        assertEquals(manifest.get("version"), root.get("version"));
        assertEquals(manifest.get("dependencies"), root.get("dependencies"));
        assertEquals(manifest.get("devDependencies"), root.get("devDependencies"));
    }

    @Test
    void theVsixWhitelistLetsInOnlyWhatRuns() throws IOException {
        List<String> lines = Files.readAllLines(ClientFiles.dir().resolve(".vscodeignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertEquals("**", lines.get(0), "ignore everything first");
        assertTrue(lines.contains("!dist/extension.js"));
        assertTrue(lines.contains("!server/plumbline.jar"));
        assertFalse(lines.stream().anyMatch(line -> line.contains("node_modules") || line.contains("src")), lines.toString());
    }

    @Test
    void commandsAreContributed() {
        List<String> commands = new ArrayList<>();
        manifest.getAsJsonObject("contributes").getAsJsonArray("commands")
                .forEach(command -> commands.add(command.getAsJsonObject().get("command").getAsString()));
        assertEquals(List.of("plumbline.restartServer", "plumbline.showOutput", "plumbline.fixAll"), commands);
    }
}
