package dev.plumbline.server.settings;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import java.util.List;
import java.util.Map;

/**
 * What the editor configured, from {@code initializationOptions} and the {@code plumbline} settings
 * section. Immutable; replaced as a whole when settings change.
 *
 * @param debounceMs how long {@code didChange} waits before analysing (0 analyses at once)
 * @param rules per-rule settings by rule id, bare slug or peer id; they lie under {@code .plumbline.yaml}
 */
public record ServerSettings(int debounceMs, Map<String, RuleSetting> rules) {

    public static final int DEFAULT_DEBOUNCE_MS = 250;
    public static final ServerSettings DEFAULTS = new ServerSettings(DEFAULT_DEBOUNCE_MS, Map.of());

    public ServerSettings {
        if (debounceMs < 0) {
            throw new IllegalArgumentException("negative debounce " + debounceMs);
        }
        rules = Map.copyOf(rules);
    }

    /** The settings as the lowest configuration layer, under any {@code .plumbline.yaml}. */
    public Config config() {
        return new Config(rules, List.of(), null, null, Map.of());
    }
}
