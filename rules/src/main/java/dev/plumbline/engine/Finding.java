package dev.plumbline.engine;

import dev.plumbline.text.Range;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in one file.
 *
 * @param ruleId the rule's id, e.g. {@code dockerfile/latest-tag}
 * @param severity the severity after configuration was applied
 * @param message what is wrong, naming the thing (never repeating a secret)
 * @param range the smallest meaningful span
 * @param fixes quick fixes, possibly none
 * @param peers the peer ids that describe this particular finding (a subset of the rule's aliases)
 * @param related places that explain it (the first definition a duplicate repeats), possibly none
 */
public record Finding(String ruleId, Severity severity, String message, Range range, List<Fix> fixes, List<PeerId> peers,
        List<Related> related) {

    /** Findings in document order, then by rule id and message, so output is stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.range().start())
            .thenComparing(f -> f.range().end())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        fixes = List.copyOf(fixes);
        peers = List.copyOf(peers);
        related = List.copyOf(related);
    }

    /** A finding without related places. */
    public Finding(String ruleId, Severity severity, String message, Range range, List<Fix> fixes, List<PeerId> peers) {
        this(ruleId, severity, message, range, fixes, peers, List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, range, fixes, peers, related);
    }

    /** The same finding moved down by {@code lines} lines, with its fixes. */
    public Finding shiftLines(int lines) {
        if (lines == 0) {
            return this;
        }
        List<Fix> moved = fixes.stream()
                .map(fix -> new Fix(fix.title(), fix.edits().stream()
                        .map(e -> new dev.plumbline.text.TextEdit(e.range().shiftLines(lines), e.newText()))
                        .toList()))
                .toList();
        return new Finding(ruleId, severity, message, range.shiftLines(lines), moved, peers,
                related.stream().map(r -> r.shiftLines(lines)).toList());
    }
}
