package dev.plumbline.intellij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.server.settings.ServerSettings;
import dev.plumbline.server.settings.SettingsParser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * settings.json, settings.schema.json and initializationOptions.json hold exactly the settings the
 * server reads ({@link ServerSettings}'s components, parsed by the server's own {@link SettingsParser}),
 * with the server's defaults and the severity words it accepts.
 */
class TemplateSettingsTest {

    private final Lsp4ijTemplate template = Lsp4ijTemplate.read(ClientFiles.template());

    private static Set<String> serverKeys() {
        return Arrays.stream(ServerSettings.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ServerSettings parse(JsonElement json, List<String> warnings) {
        return new SettingsParser(key -> true, warnings::add).parse(json, ServerSettings.DEFAULTS);
    }

    @Test
    void settingsCarryThePlumblineSectionWithEveryKeyTheServerReads() {
        JsonObject section = Lsp4ijTemplate.findSettings(template.settings(), SettingsParser.SECTION);

        assertNotNull(section, "workspace/configuration for section \"plumbline\" would be answered with null");
        assertEquals(serverKeys(), new TreeSet<>(section.keySet()));
    }

    @Test
    void theServerReadsTheSettingsAsItsDefaultsWithoutAWarning() {
        List<String> warnings = new ArrayList<>();

        // pushed whole (didChangeConfiguration) and pulled by section (workspace/configuration)
        assertEquals(ServerSettings.DEFAULTS, parse(template.settings(), warnings));
        assertEquals(ServerSettings.DEFAULTS,
                parse(Lsp4ijTemplate.findSettings(template.settings(), SettingsParser.SECTION), warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void initializationOptionsAreReadWithoutAWarning() {
        List<String> warnings = new ArrayList<>();

        assertEquals(ServerSettings.DEFAULTS, parse(template.initializationOptions(), warnings));
        assertEquals(List.of(), warnings);
        assertTrue(serverKeys().containsAll(template.initializationOptions().keySet()));
    }

    @Test
    void theSchemaDescribesExactlyTheServersKeys() {
        JsonObject section = schemaSection();

        assertEquals(serverKeys(), new TreeSet<>(section.getAsJsonObject("properties").keySet()));
        assertEquals(false, section.get("additionalProperties").getAsBoolean(), "typos are flagged");
    }

    @Test
    void theSchemaDefaultsAreTheServers() {
        JsonObject properties = schemaSection().getAsJsonObject("properties");

        assertEquals(ServerSettings.DEFAULT_DEBOUNCE_MS, properties.getAsJsonObject("debounceMs").get("default").getAsInt());
        assertEquals(0, properties.getAsJsonObject("debounceMs").get("minimum").getAsInt());
        assertEquals(new JsonObject(), properties.getAsJsonObject("rules").get("default"));
    }

    @Test
    void theSchemaSeveritiesAreTheWordsTheServerAccepts() {
        JsonArray words = template.settingsSchema().getAsJsonObject("definitions").getAsJsonObject("severity")
                .getAsJsonArray("enum");
        Set<String> listed = new TreeSet<>();
        words.forEach(w -> listed.add(w.getAsString()));

        Set<String> documented = new TreeSet<>();
        documented.add(RuleSetting.OFF.toString());
        Arrays.stream(Severity.values()).map(Severity::configName).forEach(documented::add);

        assertEquals(documented, listed);
        listed.forEach(word -> assertTrue(RuleSetting.parse(word).isPresent(), word));
    }

    @Test
    void aRuleSettingShapedAsTheSchemaSaysIsAccepted() {
        List<String> warnings = new ArrayList<>();
        JsonElement settings = JsonParser.parseString("""
                {"plumbline": {"debounceMs": 0,
                               "rules": {"dockerfile/latest-tag": "error", "DL3042": "off",
                                         "k8s/latest-tag": {"severity": "hint"}}}}""");

        ServerSettings parsed = parse(settings, warnings);

        assertEquals(List.of(), warnings);
        assertEquals(0, parsed.debounceMs());
        assertEquals(3, parsed.rules().size());
    }

    private JsonObject schemaSection() {
        return template.settingsSchema().getAsJsonObject("properties").getAsJsonObject(SettingsParser.SECTION);
    }
}
