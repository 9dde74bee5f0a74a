package dev.plumbline.rules.gha.support;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The allowed name a mistyped one most likely meant: the same name in another case or with
 * {@code _} for {@code -}, else the single closest one within a small edit distance.
 */
public final class NearestName {

    private NearestName() {
    }

    public static Optional<String> of(String written, Collection<String> allowed) {
        String normal = normalize(written);
        for (String candidate : allowed) {
            if (normalize(candidate).equals(normal) && !candidate.equals(written)) {
                return Optional.of(candidate);
            }
        }
        int limit = written.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : allowed) {
            int d = distance(normal, normalize(candidate), limit);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= limit && !tie ? Optional.of(best) : Optional.empty();
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Optimal-string-alignment distance (a swap of neighbours costs one), cut off above {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
