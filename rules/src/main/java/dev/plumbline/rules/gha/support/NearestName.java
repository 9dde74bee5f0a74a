package dev.plumbline.rules.gha.support;

import dev.plumbline.text.EditDistance;
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

    /** {@link EditDistance#between}, cut off above {@code limit} when the lengths alone tell. */
    static int distance(String a, String b, int limit) {
        return Math.abs(a.length() - b.length()) > limit ? limit + 1 : EditDistance.between(a, b);
    }
}
