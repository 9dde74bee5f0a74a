package dev.plumbline.cli;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything one {@code check} run reports: the findings to print (hints already left out unless
 * asked for), sorted by path and then position, and the counts for the summary.
 *
 * @param findings what to print, in output order
 * @param filesChecked how many files were ours and not ignored
 * @param hiddenHints how many hints were left out
 */
record CheckReport(List<Reported> findings, int filesChecked, int hiddenHints) {

    /** One finding and the path it is printed with (relative to the working directory, forward slashes). */
    record Reported(String path, Finding finding) {
    }

    static final Comparator<Reported> ORDER = Comparator.comparing(Reported::path)
            .thenComparing(Reported::finding, Finding.ORDER);

    CheckReport {
        findings = List.copyOf(findings);
    }

    long count(Severity severity) {
        return findings.stream().filter(r -> r.finding().severity() == severity).count();
    }

    /** True when some printed finding is at least as severe as {@code threshold} (never when it is empty). */
    boolean reaches(Optional<Severity> threshold) {
        return threshold.isPresent() && findings.stream().anyMatch(r -> r.finding().severity().atLeast(threshold.get()));
    }
}
