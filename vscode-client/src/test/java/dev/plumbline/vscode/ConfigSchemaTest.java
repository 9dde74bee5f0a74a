package dev.plumbline.vscode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.plumbline.config.ConfigLoader;
import dev.plumbline.config.ConfigOption;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.config.RuleSetting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON schema the extension contributes for {@code .plumbline.yaml} says what {@link ConfigLoader}
 * accepts: every known option with its allowed words, and nothing the loader would call unknown.
 */
class ConfigSchemaTest {

    private static JsonObject schema;

    @BeforeAll
    static void load() throws IOException {
        schema = ClientFiles.json("schemas/plumbline-config.schema.json");
    }

    static Stream<ConfigOption> knownOptions() {
        return ConfigOption.KNOWN.stream();
    }

    /** The schema object describing one section's options, following a $ref to the definitions. */
    private static JsonObject section(String name) {
        JsonObject section = schema.getAsJsonObject("properties").getAsJsonObject(name);
        if (section.has("$ref")) {
            String ref = section.get("$ref").getAsString();
            section = schema.getAsJsonObject("definitions").getAsJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return section;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.getAsString()));
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownOptions")
    void everyKnownOptionIsInTheSchemaWithItsAllowedValues(ConfigOption option) {
        JsonObject property = section(option.section()).getAsJsonObject("properties").getAsJsonObject(option.name());
        assertTrue(property != null, () -> option.key() + " is missing from the schema");
        switch (option.kind()) {
            // the loader takes one string for a list option too; a path (shellcheckPath) is described as one string
            case LIST -> assertTrue(property.has("$ref")
                    ? property.get("$ref").getAsString().equals("#/definitions/stringList")
                    : property.get("type").getAsString().equals("string"), option.key());
            case NUMBER -> {
                assertEquals("integer", property.get("type").getAsString(), option.key());
                assertEquals(option.allowed(), List.of(property.get("minimum").getAsString(),
                        property.get("maximum").getAsString()), option.key());
            }
            case MAP -> assertEquals(option.allowed(),
                    strings(property.getAsJsonObject("additionalProperties").getAsJsonArray("enum")), option.key());
            case WORD -> {
                if (option.allowed().equals(List.of("true", "false"))) {
                    assertEquals("boolean", property.get("type").getAsString(), option.key());
                } else if (property.has("anyOf")) {
                    // k8s.version: the words, or a number for an unquoted 1.30 (which the loader reads as text)
                    assertEquals(option.allowed(), strings(property.getAsJsonArray("anyOf").get(0).getAsJsonObject()
                            .getAsJsonArray("enum")), option.key());
                } else {
                    assertEquals(option.allowed(), strings(property.getAsJsonArray("enum")), option.key());
                }
            }
        }
    }

    @Test
    void theSchemaNamesNoOptionTheLoaderDoesNotKnow() {
        Set<String> inSchema = new TreeSet<>();
        for (String section : List.of("dockerfile", "k8s", "gha")) {
            section(section).getAsJsonObject("properties").keySet().forEach(name -> inSchema.add(section + "." + name));
        }
        Set<String> known = new TreeSet<>();
        ConfigOption.KNOWN.forEach(option -> known.add(option.key()));
        assertEquals(known, inSchema);
    }

    @Test
    void everyTopLevelKeyOfTheSchemaLoadsWithoutProblems() {
        String yaml = """
                rules:
                  dockerfile/latest-tag: error
                ignore: ["vendor/**"]
                suppressions:
                  inline: true
                  peers: false
                dockerfile:
                  strictLabels: true
                  shellcheck: "off"
                  shellcheckPath: /usr/local/bin/shellcheck
                k8s:
                  version: "1.30"
                kubernetes:
                  requireNamespace: true
                gha:
                  actionPinning: tag
                """;
        LoadedConfig loaded = new ConfigLoader(key -> true).load(yaml);
        assertEquals(List.of(), loaded.problems());
        Set<String> keysInYaml = new TreeSet<>(List.of("rules", "ignore", "suppressions", "dockerfile", "k8s", "kubernetes", "gha"));
        assertEquals(keysInYaml, new TreeSet<>(schema.getAsJsonObject("properties").keySet()));
        assertEquals(Set.of("inline", "peers"), section("suppressions").getAsJsonObject("properties").keySet());
    }

    @Test
    void anUnknownTopLevelKeyIsRejectedByBothTheSchemaAndTheLoader() {
        assertEquals(false, schema.get("additionalProperties").getAsBoolean());
        LoadedConfig loaded = new ConfigLoader(key -> true).load("severity: high\n");
        assertEquals(1, loaded.problems().size());
    }

    @Test
    void ruleSeveritiesAreExactlyTheWordsTheLoaderAccepts() {
        JsonArray words = schema.getAsJsonObject("definitions").getAsJsonObject("ruleSetting").getAsJsonArray("enum");
        for (JsonElement word : words) {
            assertTrue(RuleSetting.parse(word.getAsString()).isPresent(), word.getAsString());
        }
        assertEquals(List.of("off", "error", "warning", "info", "hint"), strings(words));
    }
}
