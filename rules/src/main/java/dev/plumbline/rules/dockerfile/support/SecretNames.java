package dev.plumbline.rules.dockerfile.support;

import java.util.Locale;
import java.util.Set;

/**
 * BuildKit's secret-like names: a word such as {@code token} or {@code password}, bounded by the
 * start, the end or {@code _}; a name that also holds the word {@code public}, {@code file} or
 * {@code version} does not count.
 */
public final class SecretNames {

    private static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "passwd", "pword", "secret", "token");
    /** BuildKit's exemptions plus gpg/pgp: a GPG_KEY is a public key fingerprint (official images set them). */
    private static final Set<String> ALLOWED_WORDS = Set.of("public", "file", "version", "gpg", "pgp");

    private SecretNames() {
    }

    /** True for a value that is an absolute file path: the name then points at a file, it does not hold the secret. */
    public static boolean isPath(String value) {
        return value.startsWith("/") && value.indexOf(' ') < 0 && value.length() > 1;
    }

    /** The secret word {@code name} holds, or null. */
    public static String secretWord(String name) {
        String found = null;
        for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
            if (ALLOWED_WORDS.contains(word)) {
                return null;
            }
            if (found == null && SECRET_WORDS.contains(word)) {
                found = word;
            }
        }
        return found;
    }
}
