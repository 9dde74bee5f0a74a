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
 * @param shellcheck whether and which ShellCheck runs on RUN and run: scripts
 */
public record ServerSettings(int debounceMs, Map<String, RuleSetting> rules, ShellCheckSettings shellcheck) {

    public static final int DEFAULT_DEBOUNCE_MS = 250;
    public static final ServerSettings DEFAULTS = new ServerSettings(DEFAULT_DEBOUNCE_MS, Map.of(),
            ShellCheckSettings.DEFAULTS);

    public ServerSettings(int debounceMs, Map<String, RuleSetting> rules) {
        this(debounceMs, rules, ShellCheckSettings.DEFAULTS);
    }

    public ServerSettings {
        if (debounceMs < 0) {
            throw new IllegalArgumentException("negative debounce " + debounceMs);
        }
        rules = Map.copyOf(rules);
        shellcheck = shellcheck == null ? ShellCheckSettings.DEFAULTS : shellcheck;
    }

    /** The settings as the lowest configuration layer, under any {@code .plumbline.yaml}. */
    public Config config() {
        return new Config(rules, List.of(), null, null, shellcheck.options());
    }
}
