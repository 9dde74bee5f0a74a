package dev.plumbline.config;

import dev.plumbline.engine.Suppression;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.Set;

/**
 * A peer tool's configuration-file suppression of one of its checks in one file, e.g. zizmor's
 * {@code rules.template-injection.ignore: [ci.yml:12:5]}: findings stamped with that peer id in the
 * file named {@code fileName} (its last path segment, as the peer matches it), anywhere in it, on one
 * line, or starting at one line and column.
 *
 * @param tool the peer tool (a {@link dev.plumbline.engine.PeerId} tool constant)
 * @param id that tool's id for the check
 * @param fileName the file's name, without folders
 * @param line the 1-based line, or 0 for the whole file
 * @param column the 1-based column (UTF-16 units), or 0 for the whole line
 */
public record PeerIgnore(String tool, String id, String fileName, int line, int column) {

    /** True when this entry names the file at {@code path} (any separator, folders ignored). */
    public boolean appliesTo(String path) {
        if (path == null) {
            return false;
        }
        String normalized = path.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1).equals(fileName);
    }

    /** The suppression this entry amounts to inside its file. */
    public Suppression suppression() {
        Range scope;
        if (line <= 0) {
            scope = Range.of(0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
        } else if (column <= 0) {
            scope = Range.of(line - 1, 0, line - 1, Integer.MAX_VALUE);
        } else {
            scope = Range.empty(Position.of(line - 1, column - 1));
        }
        return new Suppression(scope, tool, Set.of(id), false);
    }
}
