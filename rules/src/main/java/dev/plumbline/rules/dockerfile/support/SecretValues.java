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
    private static final Pattern ALL;

    static {
        StringBuilder regex = new StringBuilder("(?<![A-Za-z0-9_])(?:");
        for (int i = 0; i < FORMATS.length; i++) {
            regex.append(i == 0 ? "" : "|").append("(").append(FORMATS[i][1]).append(")");
        }
        ALL = Pattern.compile(regex.append(")(?![A-Za-z0-9_])").toString());
    }

    private SecretValues() {
    }

    public static List<Match> find(CharSequence text) {
        List<Match> out = new ArrayList<>();
        Matcher m = ALL.matcher(text);
        while (m.find()) {
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

    /** Documentation examples and filler such as {@code AKIAIOSFODNN7EXAMPLE} or {@code ghp_xxxx…}. */
    private static boolean isPlaceholder(String value) {
        if (value.contains("EXAMPLE") || value.contains("example")) {
            return true;
        }
        String body = value.substring(Math.max(value.indexOf('_'), value.indexOf('-')) + 1);
        return body.length() > 8 && body.chars().distinct().count() <= 3;
    }
}
