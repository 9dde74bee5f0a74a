package dev.plumbline.rules.gha.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that call a value a secret ("secret-like name", BuildKit's word rule) and literals that could
 * be one; token formats are {@link dev.plumbline.secrets.CredentialFormats}.
 */
public final class Secrets {

    private static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "passwd", "pword", "secret", "token");
    private static final List<String> NOT_SECRET = List.of("public", "file", "version");
    private static final Pattern SEPARATORS = Pattern.compile("[_.-]");

    private Secrets() {
    }

    /**
     * True for a name whose last part is a secret word ({@code DB_PASSWORD}, {@code api-key},
     * {@code token}), parts being split at {@code _}, {@code -} and {@code .}; names that also
     * contain public, file or version do not count. A secret word followed by another part names
     * something about the secret, not the secret ({@code TOKEN_FORMAT}, {@code AUTH_METHOD},
     * {@code SECRET_NAME}).
     */
    public static boolean isSecretLikeName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NOT_SECRET.stream().anyMatch(lower::contains)) {
            return false;
        }
        String[] parts = SEPARATORS.split(lower);
        return parts.length > 0 && SECRET_WORDS.contains(parts[parts.length - 1]);
    }

    /**
     * True for a literal that could be a real credential: at least 8 characters, no white space, not
     * a boolean word, and not just lower-case words joined by dashes or underscores (the
     * {@code postgres}, {@code random_key} or {@code tests-syntax} of test set-ups and cache keys).
     */
    public static boolean couldBeCredential(String value) {
        String v = value.trim();
        return v.length() >= 8 && v.chars().noneMatch(Character::isWhitespace)
                && !WORDS.matcher(v).matches();
    }

    private static final Pattern WORDS = Pattern.compile("[a-z]+([-_.][a-z]+)*");

    /** {@code DB_PASSWORD} for {@code db-password}: a secret name made from a key. */
    public static String secretName(String key) {
        String name = key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "S_" + name;
        }
        return name.startsWith("GITHUB_") ? "MY_" + name : name;
    }
}
