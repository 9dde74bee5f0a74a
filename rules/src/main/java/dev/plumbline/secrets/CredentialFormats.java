package dev.plumbline.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal credentials in a well-known format ("secret value" in the rule inventory), for every file
 * kind: AWS access key ids, GitHub, GitLab, Slack, npm and PyPI tokens, Stripe live keys, Google API
 * keys and PEM private-key blocks. A finding names the kind, never the value. Documentation
 * placeholders ({@code AKIAIOSFODNN7EXAMPLE}, {@code ghp_xxxx…}) are not credentials.
 */
public final class CredentialFormats {

    private static final String PRIVATE_KEY = "a private key";

    /** What was found, as offsets into the searched text; {@code kind} reads "a GitHub token". */
    public record Match(String kind, int start, int end) {
    }

    /**
     * One format; every match starts with one of {@code starts}, so the text is searched for those
     * (fast) and the pattern is tried only there, never at every character of a long file.
     */
    record Format(String kind, List<String> starts, Pattern pattern) {
    }

    private static final String LEFT = "(?<![A-Za-z0-9_-])";
    private static final String RIGHT = "(?![A-Za-z0-9_-])";
    static final List<Format> FORMATS = List.of(
            token("an AWS access key ID", List.of("AKIA", "ASIA"), "(?:AKIA|ASIA)[A-Z0-9]{16}"),
            token("a GitHub token", List.of("gh"), "gh[pousr]_[A-Za-z0-9]{36,255}"),
            token("a GitHub fine-grained token", List.of("github_pat_"), "github_pat_[A-Za-z0-9_]{50,255}"),
            token("a GitLab token", List.of("glpat-"), "glpat-[A-Za-z0-9_-]{20,}"),
            token("a Slack token", List.of("xox"), "xox[abposr]-[A-Za-z0-9-]{10,}"),
            token("a Stripe live key", List.of("sk_live_", "rk_live_"), "[sr]k_live_[A-Za-z0-9]{20,}"),
            token("a Google API key", List.of("AIza"), "AIza[A-Za-z0-9_-]{35}"),
            token("an npm token", List.of("npm_"), "npm_[A-Za-z0-9]{36}"),
            token("a PyPI token", List.of("pypi-"), "pypi-AgE[A-Za-z0-9_-]{50,}"),
            new Format(PRIVATE_KEY, List.of("-----BEGIN "), Pattern.compile(
                    "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")));
    /** Filler that documentation puts where a token goes. */
    private static final List<String> FILLER = List.of("EXAMPLE", "XXXXXXXX", "00000000");

    private CredentialFormats() {
    }

    private static Format token(String kind, List<String> starts, String regex) {
        return new Format(kind, starts, Pattern.compile(LEFT + regex + RIGHT));
    }

    /** Every credential in {@code text}, in order of position. */
    public static List<Match> find(CharSequence text) {
        String s = text.toString();
        List<Match> out = new ArrayList<>();
        for (Format format : FORMATS) {
            Matcher m = null; // made only where a format's start occurs: most text holds none
            for (String start : format.starts()) {
                for (int at = s.indexOf(start); at >= 0; at = s.indexOf(start, at + 1)) {
                    if (m == null) {
                        m = format.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(at, s.length()).lookingAt()) {
                        if (format.kind().equals(PRIVATE_KEY) || !isPlaceholder(m.group())) {
                            out.add(new Match(format.kind(), m.start(), m.end()));
                        }
                        at = m.end() - 1;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** Documentation examples and filler: EXAMPLE, runs like {@code xxxxxxxx}, or a body of three characters or fewer. */
    static boolean isPlaceholder(String token) {
        String upper = token.toUpperCase(Locale.ROOT);
        if (FILLER.stream().anyMatch(upper::contains)) {
            return true;
        }
        String body = token.substring(Math.max(token.indexOf('_'), token.indexOf('-')) + 1);
        return body.length() > 8 && body.chars().distinct().count() <= 3;
    }
}
