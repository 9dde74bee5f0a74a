package dev.plumbline.engine;

import dev.plumbline.text.Range;
import java.util.Set;

/**
 * One suppression written in a file: a comment or annotation that silences some rules over a span.
 *
 * @param scope where it applies; a finding is silenced when its start lies inside
 * @param tool {@link #PLUMBLINE} for our own syntax, otherwise the peer tool whose syntax it is
 * @param ids the ids it names (our ids, bare slugs or peer ids for {@link #PLUMBLINE}; that tool's ids otherwise)
 * @param all true when it names every check of its tool (e.g. {@code kube-linter.io/ignore-all})
 */
public record Suppression(Range scope, String tool, Set<String> ids, boolean all) {

    public static final String PLUMBLINE = "plumbline";

    public Suppression {
        ids = Set.copyOf(ids);
    }

    public static Suppression plumbline(Range scope, Set<String> ids) {
        return new Suppression(scope, PLUMBLINE, ids, false);
    }

    public boolean isPeer() {
        return !PLUMBLINE.equals(tool);
    }

    /** True when this suppression silences {@code finding}. */
    public boolean silences(Finding finding) {
        if (!scope.contains(finding.range().start())) {
            return false;
        }
        if (!isPeer()) {
            String slug = finding.ruleId().substring(finding.ruleId().indexOf('/') + 1);
            return all || ids.contains(finding.ruleId()) || ids.contains(slug)
                    || finding.peers().stream().anyMatch(p -> ids.contains(p.id()));
        }
        return finding.peers().stream().anyMatch(p -> p.tool().equals(tool) && (all || ids.contains(p.id())));
    }
}
