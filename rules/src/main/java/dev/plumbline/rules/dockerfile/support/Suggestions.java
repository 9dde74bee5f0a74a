package dev.plumbline.rules.dockerfile.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean …": the closest known words to a misspelled one. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidates nearest to {@code word} (case-insensitive; a swap of two neighbours counts as one
     * edit), when at most {@code maxDistance} edits away; sorted, possibly empty.
     */
    public static List<String> nearest(String word, Collection<String> candidates, int maxDistance) {
        String w = word.toLowerCase(Locale.ROOT);
        int best = maxDistance + 1;
        List<String> out = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(c.length() - w.length()) > maxDistance) {
                continue;
            }
            int d = distance(w, c);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) {
                out.add(candidate);
            }
        }
        out.sort(null);
        return out;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
