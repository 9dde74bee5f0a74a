package dev.plumbline.config;

import dev.plumbline.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a hadolint configuration ({@code .hadolint.yaml}) into the layer that lies under
 * {@code .plumbline.yaml}: {@code ignored} → off; {@code override.error|warning|info|style} → error,
 * warning, info, hint; {@code trustedRegistries} → {@code dockerfile.trustedRegistries};
 * {@code label-schema} and {@code strict-labels} → {@code dockerfile.labelSchema} and
 * {@code dockerfile.strictLabels}; {@code failure-threshold} → {@code hadolint.failureThreshold}
 * (error, warning, info, hint or never) for the CLI; {@code disable-ignore-pragma: true} →
 * {@code dockerfile.inlineSuppressions: false}. Keys hadolint reads for its own output ({@code format},
 * {@code no-color}, …) are ignored. A file that is not valid YAML is an empty layer: it is another
 * tool's file, so its problems are not reported as ours.
 */
public final class HadolintConfigReader {

    public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    public static final String TRUSTED_REGISTRIES = "dockerfile.trustedRegistries";
    public static final String LABEL_SCHEMA = "dockerfile.labelSchema";
    public static final String STRICT_LABELS = "dockerfile.strictLabels";
    public static final String FAILURE_THRESHOLD = "hadolint.failureThreshold";
    /** {@code <domain>.inlineSuppressions: false} turns inline suppressions off for that kind of file only. */
    public static final String DOCKERFILE_INLINE_SUPPRESSIONS = "dockerfile.inlineSuppressions";

    private static final int MAX_CHARS = 1024 * 1024;

    private HadolintConfigReader() {
    }

    public static Config read(String text) {
        if (text.length() > MAX_CHARS) {
            return Config.DEFAULT;
        }
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(10).setCodePointLimit(MAX_CHARS).build();
            root = new Load(settings).loadFromString(text);
        } catch (YamlEngineException | ClassCastException e) {
            return Config.DEFAULT;
        }
        if (!(root instanceof Map<?, ?> map)) {
            return Config.DEFAULT;
        }
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        if (map.get("override") instanceof Map<?, ?> override) {
            for (Map.Entry<?, ?> entry : override.entrySet()) {
                Optional<Severity> severity = severity(String.valueOf(entry.getKey()));
                severity.ifPresent(s -> strings(entry.getValue()).forEach(id -> rules.put(id, RuleSetting.severity(s))));
            }
        }
        // ignoring wins over an override, as in hadolint
        strings(map.get("ignored")).forEach(id -> rules.put(id, RuleSetting.OFF));
        List<String> registries = strings(map.get("trustedRegistries"));
        if (!registries.isEmpty()) {
            options.put(TRUSTED_REGISTRIES, registries);
        }
        if (map.get("label-schema") instanceof Map<?, ?> schema) {
            Map<String, String> labels = new LinkedHashMap<>();
            schema.forEach((k, v) -> labels.put(String.valueOf(k), String.valueOf(v)));
            options.put(LABEL_SCHEMA, Map.copyOf(labels));
        }
        bool(map.get("strict-labels")).ifPresent(b -> options.put(STRICT_LABELS, b));
        if (map.get("failure-threshold") != null) {
            threshold(String.valueOf(map.get("failure-threshold"))).ifPresent(t -> options.put(FAILURE_THRESHOLD, t));
        }
        if (bool(map.get("disable-ignore-pragma")).orElse(false)) {
            options.put(DOCKERFILE_INLINE_SUPPRESSIONS, false);
        }
        return new Config(rules, List.of(), null, null, options);
    }

    /** hadolint's levels: error, warning, info, style (our hint). */
    private static Optional<Severity> severity(String level) {
        return switch (level.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFORMATION);
            case "style" -> Optional.of(Severity.HINT);
            default -> Optional.empty();
        };
    }

    private static Optional<String> threshold(String level) {
        String word = level.trim().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "error", "warning", "info" -> Optional.of(word);
            case "style" -> Optional.of("hint");
            case "ignore", "none" -> Optional.of("never");
            default -> Optional.empty();
        };
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !String.valueOf(item).isBlank()) {
                    out.add(String.valueOf(item).trim());
                }
            }
        } else if (value instanceof String s && !s.isBlank()) {
            out.add(s.trim());
        }
        return out;
    }

    private static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }
}
