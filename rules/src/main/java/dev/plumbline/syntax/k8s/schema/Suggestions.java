package dev.plumbline.syntax.k8s.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the one candidate a typo most likely stands for. */
public final class Suggestions {

    /** The largest edit distance still taken for a typo. */
    public static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /**
     * The candidate equal to {@code word} ignoring case, else the single nearest one within
     * {@link #MAX_DISTANCE} edits (insertions, deletions, substitutions, swaps of neighbours) and
     * fewer edits than {@code word} has characters; empty when none or several tie.
     */
    public static Optional<String> nearest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String caseOnly = null;
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower) && !candidate.equals(word)) {
                if (caseOnly != null) {
                    return Optional.empty();
                }
                caseOnly = candidate;
            }
        }
        if (caseOnly != null) {
            return Optional.of(caseOnly);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : candidates) {
            if (candidate.equals(word) || Math.abs(candidate.length() - word.length()) > MAX_DISTANCE) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > MAX_DISTANCE || bestDistance >= word.length()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Optimal string alignment distance (Levenshtein plus swaps of neighbouring characters). */
    static int distance(String a, String b) {
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
