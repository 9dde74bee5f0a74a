package dev.plumbline.config;

import java.util.List;

/**
 * An option a {@code .plumbline.yaml} section may set, e.g. {@code gha.actionPinning}. The list of
 * known options lives here so the loader can reject typos with a clear message.
 *
 * @param key the dotted key, section first
 * @param allowed the allowed words, or empty for a free-form list of strings
 */
public record ConfigOption(String key, List<String> allowed, String description) {

    public static final List<ConfigOption> KNOWN = List.of(
            new ConfigOption("gha.actionPinning", List.of("sha", "tag"),
                    "How remote actions must be pinned: to a full commit SHA (default) or at least a version tag"),
            new ConfigOption("dockerfile.trustedRegistries", List.of(),
                    "Registries (globs) base images may come from"),
            new ConfigOption("dockerfile.shellcheck", List.of("auto", "off"),
                    "Run ShellCheck on RUN scripts when a shellcheck binary is found (auto, default) or never (off)"),
            new ConfigOption("dockerfile.shellcheckPath", List.of(),
                    "Absolute path of the shellcheck binary to use instead of the one on PATH"));

    public String section() {
        return key.substring(0, key.indexOf('.'));
    }

    public String name() {
        return key.substring(key.indexOf('.') + 1);
    }

    public boolean isList() {
        return allowed.isEmpty();
    }
}
