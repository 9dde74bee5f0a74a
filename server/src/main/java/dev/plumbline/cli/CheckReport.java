package dev.plumbline.cli;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Severity;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything one {@code check} run reports: the findings to print (hints already left out unless
 * asked for), sorted by path and then position, and the counts for the summary.
 *
 * @param findings what to print, in output order
 * @param filesChecked how many files were ours and not ignored
 * @param hiddenHints how many hints were left out
 */
record CheckReport(List<Reported> findings, int filesChecked, int hiddenHints) {

    /**
     * One finding and the path it is printed with (relative to the working directory, forward slashes).
     *
     * @param file the file it was found in (absolute)
     * @param relatedPaths the printed path of each of the finding's related places, in order
     */
    record Reported(String path, Finding finding, Path file, List<String> relatedPaths) {

        Reported {
            relatedPaths = List.copyOf(relatedPaths);
            if (relatedPaths.size() != finding.related().size()) {
                throw new IllegalArgumentException("one path per related place");
            }
        }

        /** A finding whose related places are all in its own file. */
        Reported(String path, Finding finding, Path file) {
            this(path, finding, file, Collections.nCopies(finding.related().size(), path));
        }
    }

    static final Comparator<Reported> ORDER = Comparator.comparing(Reported::path)
            .thenComparing(Reported::finding, Finding.ORDER);

    CheckReport {
        findings = List.copyOf(findings);
    }

    long count(Severity severity) {
        return findings.stream().filter(r -> r.finding().severity() == severity).count();
    }

    /**
     * True when some printed finding is at least as severe as the threshold that applies to it (none
     * when the threshold is empty).
     */
    boolean reaches(Function<Reported, Optional<Severity>> threshold) {
        return findings.stream().anyMatch(r -> threshold.apply(r).filter(t -> r.finding().severity().atLeast(t)).isPresent());
    }
}
