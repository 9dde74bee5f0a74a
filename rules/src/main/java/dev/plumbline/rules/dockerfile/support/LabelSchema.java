package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.config.Config;
import dev.plumbline.engine.PeerId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels a team requires ({@code dockerfile.labelSchema} in {@code .plumbline.yaml}: label name
 * to value type) and whether other labels are allowed ({@code dockerfile.strictLabels}), with the
 * check of a value against its type.
 *
 * @param types label name to type
 * @param strict true when labels outside the schema are reported
 */
public record LabelSchema(Map<String, Type> types, boolean strict) {

    public static final String SCHEMA_OPTION = "dockerfile.labelSchema";
    public static final String STRICT_OPTION = "dockerfile.strictLabels";

    /** The value types of hadolint's label schema, with the hadolint code for a value that does not fit. */
    public enum Type {
        TEXT("DL3051", "is empty"),
        URL("DL3052", "is not an absolute URL (scheme://host/…)"),
        SEMVER("DL3056", "is not a semantic version (1.2.3, 1.2.3-rc.1+build)"),
        HASH("DL3055", "is not a git commit hash (7 to 40 hex digits, or 64)"),
        RFC3339("DL3053", "is not an RFC 3339 date and time (2024-05-01T12:00:00Z)"),
        SPDX("DL3054", "is not an SPDX license expression (MIT, Apache-2.0 OR MIT)"),
        EMAIL("DL3058", "is not an e-mail address");

        private final String code;
        private final String problem;

        Type(String code, String problem) {
            this.code = code;
            this.problem = problem;
        }

        public PeerId peer() {
            return PeerId.of(PeerId.HADOLINT, code);
        }

        /** What is wrong with {@code value} for this type; empty when it fits. */
        public Optional<String> problem(String value) {
            return fits(value) ? Optional.empty() : Optional.of(problem);
        }

        private boolean fits(String value) {
            if (value.isBlank()) {
                return false;
            }
            return switch (this) {
                case TEXT -> true;
                case URL -> isUrl(value);
                case SEMVER -> SEMVER_PATTERN.matcher(value).matches();
                case HASH -> HASH_PATTERN.matcher(value).matches();
                case RFC3339 -> isDateTime(value);
                case SPDX -> SPDX_PATTERN.matcher(value).matches();
                case EMAIL -> EMAIL_PATTERN.matcher(value).matches();
            };
        }
    }

    private static final Pattern SEMVER_PATTERN = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern HASH_PATTERN = Pattern.compile("[0-9a-fA-F]{7,40}|[0-9a-fA-F]{64}");
    private static final String SPDX_ID = "(?:[A-Za-z0-9.+-]+(?::[A-Za-z0-9.+-]+)?)";
    /** License ids and refs joined by AND, OR and WITH, with parentheses; the syntax only, not the license list. */
    private static final Pattern SPDX_PATTERN = Pattern.compile("\\(*\\s*" + SPDX_ID + "(?:\\s+WITH\\s+" + SPDX_ID + ")?\\s*\\)*"
            + "(?:\\s+(?:AND|OR)\\s+\\(*\\s*" + SPDX_ID + "(?:\\s+WITH\\s+" + SPDX_ID + ")?\\s*\\)*)*");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");

    public LabelSchema {
        types = Map.copyOf(types);
    }

    /** The schema configured for this file; empty when no label schema is set. */
    public static Optional<LabelSchema> of(Config config) {
        if (!(config.options().get(SCHEMA_OPTION) instanceof Map<?, ?> raw) || raw.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Type> types = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : raw.entrySet()) {
            String type = String.valueOf(entry.getValue()).toUpperCase(Locale.ROOT);
            Arrays.stream(Type.values()).filter(t -> t.name().equals(type)).findFirst()
                    .ifPresent(t -> types.put(String.valueOf(entry.getKey()), t));
        }
        boolean strict = config.stringOption(STRICT_OPTION).map("true"::equals).orElse(false);
        return Optional.of(new LabelSchema(types, strict));
    }

    private static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getScheme() != null && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDateTime(String value) {
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT).replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
