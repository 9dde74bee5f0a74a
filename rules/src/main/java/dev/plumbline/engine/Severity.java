package dev.plumbline.engine;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Ordered from most to least severe. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFORMATION("info"),
    HINT("hint");

    private final String configName;

    Severity(String configName) {
        this.configName = configName;
    }

    /** The word used in configuration files: error, warning, info or hint. */
    public String configName() {
        return configName;
    }

    /** The word used in JSON output: error, warning, information or hint. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses error, warning, info/information, hint (any case). */
    public static Optional<Severity> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "information" -> Optional.of(INFORMATION);
            case "hint" -> Optional.of(HINT);
            default -> Optional.empty();
        };
    }
}
