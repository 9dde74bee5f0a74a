package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.text.EditDistance;
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
            int d = EditDistance.between(w, c);
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

}
