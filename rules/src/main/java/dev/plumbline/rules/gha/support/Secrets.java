package dev.plumbline.rules.gha.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What looks like a credential: literals in known token formats ("secret value" in RULES.md) and
 * names that call a value a secret ("secret-like name", BuildKit's word rule).
 */
public final class Secrets {

    /** A credential found in a text, at {@code [start, end)}; {@code kind} names the format, never the value. */
    public record Match(int start, int end, String kind) {
    }

    /** A token format; {@code marker} is text every match contains, so a value without it skips the pattern. */
    private record Format(Pattern pattern, String kind, String marker) {

        Format(Pattern pattern, String kind) {
            this(pattern, kind, marker(pattern.pattern()));
        }

        /** The literal run of letters, digits, '-' and '_' after the look-behind, e.g. "AKIA", "glpat-". */
        private static String marker(String regex) {
            int from = regex.startsWith("(?<!") ? regex.indexOf(')') + 1 : 0;
            int to = from;
            while (to < regex.length() && (Character.isLetterOrDigit(regex.charAt(to)) || regex.charAt(to) == '-'
                    || regex.charAt(to) == '_' || regex.charAt(to) == ' ')) {
                to++;
            }
            return regex.substring(from, to);
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format(Pattern.compile("(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])"), "an AWS access key id"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9_])"), "a GitHub token"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{60,255}"), "a GitHub fine-grained token"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}"), "a GitLab token"),
            new Format(Pattern.compile("(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}"), "a Slack token"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,}"), "a Stripe live key", "k_live_"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"), "a Google API key"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"), "an npm token"),
            new Format(Pattern.compile("(?<![A-Za-z0-9_-])pypi-[A-Za-z0-9_-]{50,}"), "a PyPI token"),
            new Format(Pattern.compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"),
                    "a private key"));

    private static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "passwd", "pword", "secret", "token");
    private static final List<String> NOT_SECRET = List.of("public", "file", "version");
    private static final Pattern SEPARATORS = Pattern.compile("[_.-]");

    private Secrets() {
    }

    /** The credentials in {@code text}; documentation placeholders (containing EXAMPLE, runs of x or 0) are skipped. */
    public static List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (text.length() < 20) {
            return out;
        }
        for (Format format : FORMATS) {
            if (!text.contains(format.marker())) {
                continue; // cheap: most values hold no token at all
            }
            Matcher m = format.pattern().matcher(text);
            while (m.find()) {
                String found = m.group();
                if (!isPlaceholder(found)) {
                    out.add(new Match(m.start(), m.end(), format.kind()));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean isPlaceholder(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        return upper.contains("EXAMPLE") || upper.contains("XXXXXXXX") || upper.contains("00000000")
                || upper.contains("12345678") || upper.contains("ABCDEFGH");
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
