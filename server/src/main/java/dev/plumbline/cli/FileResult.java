package dev.plumbline.cli;

import dev.plumbline.engine.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file gave.
 *
 * @param file the file (absolute)
 * @param checked true when the file is one of ours and was not ignored by configuration
 * @param findings its findings in document order (hints included)
 * @param readError why the file could not be read, if it could not
 */
record FileResult(Path file, boolean checked, List<Finding> findings, Optional<String> readError) {

    FileResult {
        findings = List.copyOf(findings);
    }

    static FileResult notChecked(Path file) {
        return new FileResult(file, false, List.of(), Optional.empty());
    }

    static FileResult unreadable(Path file, String reason) {
        return new FileResult(file, false, List.of(), Optional.of(reason));
    }
}
