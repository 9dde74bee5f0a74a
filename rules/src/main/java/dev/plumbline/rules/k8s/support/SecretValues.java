package dev.plumbline.rules.k8s.support;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal credentials in a known format (RULES.md's "secret value"): AWS access key ids, GitHub,
 * GitLab, Slack, npm and PyPI tokens, Stripe live keys, Google API keys, and PEM private-key blocks.
 * A finding names the kind, never the value. AWS's documented example key ({@code ...EXAMPLE}) is
 * not a secret.
 */
public final class SecretValues {

    /** What was found and where, as offsets into the searched text. */
    public record Match(String kind, int start, int end) {
    }

    private record Format(String kind, Pattern pattern) {
    }

    private static final String LEFT = "(?<![A-Za-z0-9_-])";
    private static final String RIGHT = "(?![A-Za-z0-9_-])";
    private static final List<Format> FORMATS = List.of(
            new Format("an AWS access key ID", Pattern.compile(LEFT + "(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])")),
            new Format("a GitHub token", Pattern.compile(LEFT + "(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})"
                    + RIGHT)),
            new Format("a GitLab token", Pattern.compile(LEFT + "glpat-[A-Za-z0-9_-]{20,}" + RIGHT)),
            new Format("a Slack token", Pattern.compile(LEFT + "xox[abposr]-[A-Za-z0-9-]{10,}" + RIGHT)),
            new Format("a Stripe live key", Pattern.compile(LEFT + "(?:sk|rk)_live_[A-Za-z0-9]{20,}" + RIGHT)),
            new Format("a Google API key", Pattern.compile(LEFT + "AIza[A-Za-z0-9_-]{35}" + RIGHT)),
            new Format("an npm token", Pattern.compile(LEFT + "npm_[A-Za-z0-9]{36}" + RIGHT)),
            new Format("a PyPI token", Pattern.compile(LEFT + "pypi-AgE[A-Za-z0-9_-]{50,}" + RIGHT)),
            new Format("a private key", Pattern.compile(
                    "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")));

    private SecretValues() {
    }

    /**
     * A cheap single pass (most scalars are short words or long prose): true when {@code text} holds
     * the start of some format, so that the regular expressions run only on candidates.
     */
    public static boolean mayHold(String text) {
        int last = text.length() - 3;
        for (int i = 0; i < last; i++) {
            boolean hit = switch (text.charAt(i)) {
                case 'A' -> text.startsWith("AKIA", i) || text.startsWith("ASIA", i) || text.startsWith("AIza", i);
                case 'g' -> githubPrefix(text, i) || text.startsWith("github_pat_", i) || text.startsWith("glpat-", i);
                case 'x' -> text.startsWith("xox", i);
                case '_' -> text.startsWith("_live_", i);
                case 'n' -> text.startsWith("npm_", i);
                case 'p' -> text.startsWith("pypi-", i);
                case 'P' -> text.startsWith("PRIVATE KEY", i);
                default -> false;
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** {@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_} or {@code ghr_} at {@code i}. */
    private static boolean githubPrefix(String text, int i) {
        return i + 3 < text.length() && text.charAt(i + 1) == 'h' && "pousr".indexOf(text.charAt(i + 2)) >= 0
                && text.charAt(i + 3) == '_';
    }

    /** The first credential in {@code text}, if any. */
    public static Optional<Match> find(String text) {
        if (!mayHold(text)) {
            return Optional.empty();
        }
        Match first = null;
        for (Format format : FORMATS) {
            Matcher m = format.pattern().matcher(text);
            while (m.find()) {
                if (format.kind().startsWith("an AWS") && m.group().endsWith("EXAMPLE")) {
                    continue;
                }
                if (first == null || m.start() < first.start()) {
                    first = new Match(format.kind(), m.start(), m.end());
                }
                break;
            }
        }
        return Optional.ofNullable(first);
    }
}
