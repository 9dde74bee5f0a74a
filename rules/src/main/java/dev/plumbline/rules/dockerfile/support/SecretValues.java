package dev.plumbline.rules.dockerfile.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Credentials in well-known formats, found in text; a match is described, never repeated. */
public final class SecretValues {

    /**
     * One credential found.
     *
     * @param kind what it looks like, e.g. "a GitHub token"
     * @param start offset in the scanned text
     * @param end offset just after it
     */
    public record Match(String kind, int start, int end) {
    }

    private static final String[][] FORMATS = {
        {"an AWS access key id", "(?:AKIA|ASIA)[0-9A-Z]{16}"},
        {"a GitHub token", "(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}"},
        {"a GitHub fine-grained token", "github_pat_[A-Za-z0-9_]{60,}"},
        {"a GitLab token", "glpat-[A-Za-z0-9_-]{20,}"},
        {"a Slack token", "xox[abposr]-[A-Za-z0-9-]{10,}"},
        {"a Stripe live key", "(?:sk|rk)_live_[A-Za-z0-9]{20,}"},
        {"a Google API key", "AIza[0-9A-Za-z_-]{35}"},
        {"an npm token", "npm_[A-Za-z0-9]{36}"},
        {"a PyPI token", "pypi-[A-Za-z0-9_-]{50,}"},
        {"a private key", "-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----"},
    };
    /** Every format as one alternative group each (package-private for the test that checks the fast search). */
    static final Pattern ALL;

    static {
        StringBuilder regex = new StringBuilder("(?<![A-Za-z0-9_])(?:");
        for (int i = 0; i < FORMATS.length; i++) {
            regex.append(i == 0 ? "" : "|").append("(").append(FORMATS[i][1]).append(")");
        }
        ALL = Pattern.compile(regex.append(")(?![A-Za-z0-9_])").toString());
    }

    private SecretValues() {
    }

    /**
     * Every format starts with one of these (keep them in step with {@link #FORMATS}): a match can only
     * start where one occurs, so the text is searched for them (fast) and the pattern is tried there
     * only, instead of at every character.
     */
    private static final String[] STARTS = {"AKIA", "ASIA", "gh", "github_pat_", "glpat-", "xox", "sk_live_",
        "rk_live_", "AIza", "npm_", "pypi-", "-----BEGIN "};

    public static List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        String s = text.toString();
        int[] candidates = candidates(s);
        Matcher m = ALL.matcher(s);
        m.useTransparentBounds(true); // the look-behind must see the character before a candidate
        int searchedTo = 0;
        for (int start : candidates) {
            if (start < searchedTo) {
                continue; // inside the previous match, as find() would skip it
            }
            m.region(start, s.length());
            if (!m.lookingAt()) {
                continue;
            }
            searchedTo = m.end();
            for (int g = 1; g <= FORMATS.length; g++) {
                if (m.group(g) != null) {
                    if (!isPlaceholder(m.group(g))) {
                        out.add(new Match(FORMATS[g - 1][0], m.start(), m.end()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The offsets where some format's first characters occur, in order. */
    private static int[] candidates(String s) {
        int[] found = new int[8];
        int count = 0;
        for (String start : STARTS) {
            for (int at = s.indexOf(start); at >= 0; at = s.indexOf(start, at + 1)) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** Documentation examples and filler such as {@code AKIAIOSFODNN7EXAMPLE} or {@code ghp_xxxx…}. */
    static boolean isPlaceholder(String value) {
        if (value.contains("EXAMPLE") || value.contains("example")) {
            return true;
        }
        String body = value.substring(Math.max(value.indexOf('_'), value.indexOf('-')) + 1);
        return body.length() > 8 && body.chars().distinct().count() <= 3;
    }
}
