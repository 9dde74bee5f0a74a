package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.text.EditDistance;
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
            int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
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

}
