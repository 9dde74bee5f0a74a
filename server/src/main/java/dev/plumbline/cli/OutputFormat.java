package dev.plumbline.cli;

import java.util.Optional;

/** How {@code check} prints its findings. */
enum OutputFormat {
    TEXT, JSON, SARIF;

    static Optional<OutputFormat> parse(String word) {
        return switch (word) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            case "sarif" -> Optional.of(SARIF);
            default -> Optional.empty();
        };
    }
}
