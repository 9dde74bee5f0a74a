package dev.plumbline.engine;

import dev.plumbline.config.Config;
import java.util.List;
import java.util.Map;

/**
 * The part-local findings of one analysis, per part identity, with what they were computed under:
 * a later analysis reuses them only when all of that is equal.
 *
 * @param key the configuration's rule settings and options, the line separator and the language's part context
 * @param parts per part identity: the line it started on and its raw findings
 * @param spare the previous analysis's parts (same key) that this one did not have, kept one analysis
 *     longer: a keystroke that cuts the model short for a moment (a syntax error) and the one that
 *     mends it find the parts after the cut again
 */
record PartCache(List<Object> key, Map<Object, Entry> parts, Map<Object, Entry> spare) {

    record Entry(int startLine, List<Finding> findings) {

        /** These findings for the same part starting on {@code line}. */
        Entry movedTo(int line) {
            if (line == startLine) {
                return this;
            }
            int delta = line - startLine;
            return new Entry(line, findings.stream().map(f -> f.shiftLines(delta)).toList());
        }
    }

    static List<Object> keyOf(Config config, String lineSeparator, Object context) {
        return List.of(config.rules(), config.options(), config.inlineSuppressions(), config.peerSuppressions(),
                lineSeparator, context);
    }
}
