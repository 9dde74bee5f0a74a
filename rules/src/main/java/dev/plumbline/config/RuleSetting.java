package dev.plumbline.config;

import dev.plumbline.engine.Severity;
import java.util.Locale;
import java.util.Optional;

/** What configuration says about one rule: turn it off, or give it a severity. */
public record RuleSetting(boolean off, Severity severity) {

    public static final RuleSetting OFF = new RuleSetting(true, null);

    public static RuleSetting severity(Severity severity) {
        return new RuleSetting(false, severity);
    }

    /** Parses {@code off|error|warning|info|hint} (any case); empty when the word is none of them. */
    public static Optional<RuleSetting> parse(String word) {
        if (word != null && word.trim().toLowerCase(Locale.ROOT).equals("off")) {
            return Optional.of(OFF);
        }
        return Severity.parse(word).map(RuleSetting::severity);
    }

    @Override
    public String toString() {
        return off ? "off" : severity.configName();
    }
}
