package dev.plumbline.server.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsParserTest {

    private final List<String> warnings = new ArrayList<>();
    private final SettingsParser parser = new SettingsParser(key -> key.startsWith("dockerfile/"), warnings::add);
    private final ServerSettings fallback = new ServerSettings(100, Map.of("dockerfile/a", RuleSetting.OFF));

    private ServerSettings parse(String json) {
        return parser.parse(JsonParser.parseString(json), fallback);
    }

    @Test
    void readsTheSectionDirectlyOrWrapped() {
        ServerSettings direct = parse("{\"debounceMs\": 0, \"rules\": {\"dockerfile/b\": \"error\"}}");
        ServerSettings wrapped = parse("{\"plumbline\": {\"debounceMs\": 0, \"rules\": {\"dockerfile/b\": \"error\"}}}");

        ServerSettings expected = new ServerSettings(0, Map.of("dockerfile/b", RuleSetting.severity(Severity.ERROR)));
        assertEquals(expected, direct);
        assertEquals(expected, wrapped);
        assertEquals(List.of(), warnings);
    }

    @Test
    void acceptsTheSeverityObjectForm() {
        assertEquals(Map.of("dockerfile/b", RuleSetting.severity(Severity.HINT)),
                parse("{\"rules\": {\"dockerfile/b\": {\"severity\": \"hint\"}}}").rules());
    }

    @Test
    void readsTheShellCheckSettings() {
        assertEquals(new ShellCheckSettings(false, "/opt/bin/shellcheck"),
                parse("{\"shellcheck\": {\"enable\": false, \"path\": \"/opt/bin/shellcheck\"}}").shellcheck());
        assertEquals(List.of(), warnings);
        assertEquals(ShellCheckSettings.DEFAULTS, parse("{\"shellcheck\": {}}").shellcheck());
    }

    @Test
    void aRelativeOrMistypedShellCheckSettingIsReportedAndIgnored() {
        assertEquals(ShellCheckSettings.DEFAULTS,
                parse("{\"shellcheck\": {\"enable\": \"no\", \"path\": \"tools/shellcheck\"}}").shellcheck());
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals(ShellCheckSettings.DEFAULTS, parse("{\"shellcheck\": true}").shellcheck());
    }

    @Test
    void missingValuesComeFromTheFallback() {
        assertEquals(fallback, parse("{}"));
        assertEquals(fallback, parser.parse(null, fallback));
        assertEquals(fallback, parse("{\"plumbline\": null}"));
    }

    @Test
    void badValuesAreReportedAndTheFallbackKept() {
        assertEquals(100, parse("{\"debounceMs\": -1}").debounceMs());
        assertEquals(100, parse("{\"debounceMs\": 2.5}").debounceMs());
        assertEquals(100, parse("{\"debounceMs\": \"250\"}").debounceMs());
        assertEquals(fallback.rules(), parse("{\"rules\": [\"dockerfile/b\"]}").rules());
        assertEquals(fallback, parse("[1, 2]"));

        assertEquals(5, warnings.size(), warnings.toString());
    }

    @Test
    void aBadRuleEntryIsDroppedAndTheOthersKept() {
        ServerSettings settings = parse("{\"rules\": {\"dockerfile/b\": \"loud\", \"dockerfile/c\": \"info\", \"dockerfile/d\": 3}}");

        assertEquals(Map.of("dockerfile/c", RuleSetting.severity(Severity.INFORMATION)), settings.rules());
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void unknownRuleKeysAreKeptButReported() {
        ServerSettings settings = parse("{\"rules\": {\"DL3007\": \"off\"}}");

        assertEquals(Map.of("DL3007", RuleSetting.OFF), settings.rules());
        assertEquals(1, warnings.size());
    }
}
