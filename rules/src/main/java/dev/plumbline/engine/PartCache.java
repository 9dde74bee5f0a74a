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
 */
record PartCache(List<Object> key, Map<Object, Entry> parts) {

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
