package dev.plumbline.server.settings;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.plumbline.config.RuleSetting;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the {@code plumbline} settings section (or {@code initializationOptions}, same shape)
 * tolerantly: a bad value is logged and the fallback kept, so a typo never breaks the server.
 *
 * <pre>
 * { "debounceMs": 250,
 *   "rules": { "dockerfile/latest-tag": "error", "DL3042": "off", "k8s/latest-tag": { "severity": "hint" } },
 *   "shellcheck": { "enable": true, "path": "/usr/bin/shellcheck" } }
 * </pre>
 *
 * The section may also arrive wrapped as {@code { "plumbline": { ... } }}.
 */
public final class SettingsParser {

    public static final String SECTION = "plumbline";

    private static final Gson GSON = new Gson();

    private final Predicate<String> knownRuleKey;
    private final Consumer<String> warn;

    /**
     * @param knownRuleKey says whether a key names a rule (id, slug or peer id); unknown keys are kept but logged
     * @param warn receives one line per bad value
     */
    public SettingsParser(Predicate<String> knownRuleKey, Consumer<String> warn) {
        this.knownRuleKey = knownRuleKey;
        this.warn = warn;
    }

    /** The settings {@code json} describes; anything missing or invalid comes from {@code fallback}. */
    public ServerSettings parse(Object json, ServerSettings fallback) {
        Optional<JsonObject> section = section(json);
        if (section.isEmpty()) {
            return fallback;
        }
        JsonObject object = section.get();
        return new ServerSettings(debounce(object.get("debounceMs"), fallback.debounceMs()),
                rules(object.get("rules"), fallback.rules()), shellcheck(object.get("shellcheck"), fallback.shellcheck()));
    }

    /** The section object inside {@code json}, unwrapping {@code {"plumbline": ...}}; empty when absent. */
    public Optional<JsonObject> section(Object json) {
        JsonElement element = toJson(json);
        if (element == null || element.isJsonNull()) {
            return Optional.empty();
        }
        if (!element.isJsonObject()) {
            warn.accept("Plumbline settings must be an object, got " + element + "; ignored.");
            return Optional.empty();
        }
        JsonObject object = element.getAsJsonObject();
        if (object.has(SECTION)) {
            return section(object.get(SECTION));
        }
        return Optional.of(object);
    }

    /** True when {@code json} carries the {@code plumbline} section explicitly (pushed settings). */
    public static boolean hasSection(Object json) {
        JsonElement element = toJson(json);
        return element != null && element.isJsonObject() && element.getAsJsonObject().has(SECTION);
    }

    private int debounce(JsonElement value, int fallback) {
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
            double number = primitive.getAsDouble();
            if (number >= 0 && number <= Integer.MAX_VALUE && number == Math.rint(number)) {
                return (int) number;
            }
        }
        warn.accept("Setting plumbline.debounceMs must be a whole number of milliseconds >= 0, got " + value
                + "; keeping " + fallback + ".");
        return fallback;
    }

    private Map<String, RuleSetting> rules(JsonElement value, Map<String, RuleSetting> fallback) {
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!value.isJsonObject()) {
            warn.accept("Setting plumbline.rules must map rule ids to off, error, warning, info or hint, got "
                    + value + "; ignored.");
            return fallback;
        }
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            Optional<RuleSetting> setting = ruleSetting(entry.getValue());
            if (setting.isEmpty()) {
                warn.accept("Setting plumbline.rules." + entry.getKey() + " must be off, error, warning, info or hint, got "
                        + entry.getValue() + "; the rule keeps its default.");
                continue;
            }
            if (!knownRuleKey.test(entry.getKey())) {
                warn.accept("Setting plumbline.rules." + entry.getKey() + " names no known rule.");
            }
            rules.put(entry.getKey(), setting.get());
        }
        return rules;
    }

    private ShellCheckSettings shellcheck(JsonElement value, ShellCheckSettings fallback) {
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        if (!value.isJsonObject()) {
            warn.accept("Setting plumbline.shellcheck must be an object with enable and path, got " + value + "; ignored.");
            return fallback;
        }
        JsonObject object = value.getAsJsonObject();
        boolean enable = fallback.enable();
        JsonElement enableValue = object.get("enable");
        if (enableValue instanceof JsonPrimitive primitive && primitive.isBoolean()) {
            enable = primitive.getAsBoolean();
        } else if (enableValue != null && !enableValue.isJsonNull()) {
            warn.accept("Setting plumbline.shellcheck.enable must be true or false, got " + enableValue + "; keeping "
                    + enable + ".");
        }
        String path = fallback.path();
        JsonElement pathValue = object.get("path");
        if (pathValue instanceof JsonPrimitive primitive && primitive.isString()
                && (primitive.getAsString().isBlank() || isAbsolutePath(primitive.getAsString().trim()))) {
            path = primitive.getAsString();
        } else if (pathValue != null && !pathValue.isJsonNull()) {
            warn.accept("Setting plumbline.shellcheck.path must be an absolute path (or empty for PATH), got " + pathValue
                    + "; ignored.");
        }
        return new ShellCheckSettings(enable, path);
    }

    private static boolean isAbsolutePath(String text) {
        try {
            return Path.of(text).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@code "error"} or {@code { "severity": "error" }}. */
    private static Optional<RuleSetting> ruleSetting(JsonElement value) {
        if (value instanceof JsonPrimitive primitive && primitive.isString()) {
            return RuleSetting.parse(primitive.getAsString());
        }
        if (value.isJsonObject() && value.getAsJsonObject().get("severity") instanceof JsonPrimitive severity
                && severity.isString()) {
            return RuleSetting.parse(severity.getAsString());
        }
        return Optional.empty();
    }

    /** LSP4J hands untyped params over as Gson trees; anything else (e.g. from tests) is converted. */
    private static JsonElement toJson(Object json) {
        if (json == null || json instanceof JsonElement) {
            return (JsonElement) json;
        }
        return GSON.toJsonTree(json);
    }
}
