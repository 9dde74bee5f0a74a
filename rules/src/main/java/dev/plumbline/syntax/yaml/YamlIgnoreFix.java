package dev.plumbline.syntax.yaml;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * The "Ignore &lt;rule&gt; on this line" quick fix for YAML: a {@code # plumbline ignore=<id>} line
 * above the innermost mapping entry or sequence item that contains the finding, indented like it
 * (for {@code - key:} items, like the dash). A finding inside a block scalar gets its comment above
 * the key that owns the scalar, never inside the script. When such a comment already sits directly
 * above, the id is appended to it.
 */
public final class YamlIgnoreFix {

    private YamlIgnoreFix() {
    }

    public static String title(String ruleId) {
        return "Ignore " + ruleId + " on this line";
    }

    public static Optional<Fix> of(YamlFile file, TextDocument document, Finding finding) {
        String id = finding.ruleId();
        int line = anchorLine(file, finding.range().start());
        Optional<YamlComment> above = file.comments().stream()
                .filter(c -> c.ownLine() && c.line() == line - 1)
                .findFirst();
        if (above.isPresent()) {
            Optional<IgnoreComment> existing = IgnoreComment.parse(above.get().text());
            if (existing.isPresent() && !existing.get().global()) {
                if (existing.get().ids().contains(id)) {
                    return Optional.empty();
                }
                Position start = above.get().range().start();
                Position at = Position.of(start.line(), start.character() + 1 + existing.get().idsEnd());
                return Optional.of(Fix.of(title(id), TextEdit.insert(at, "," + id)));
            }
        }
        String lineText = document.lineText(line);
        int column = line == 0 && lineText.startsWith("\uFEFF") ? 1 : 0;
        int indentEnd = column;
        while (indentEnd < lineText.length() && (lineText.charAt(indentEnd) == ' ' || lineText.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String comment = lineText.substring(column, indentEnd) + "# plumbline ignore=" + id + document.lineSeparator();
        return Optional.of(Fix.of(title(id), TextEdit.insert(Position.of(line, column), comment)));
    }

    /**
     * The start line of the innermost entry or item containing {@code position}; of the root node when
     * it is a bare scalar or flow collection holding the position; else the position's own line.
     */
    static int anchorLine(YamlFile file, Position position) {
        return file.pathAt(position)
                .map(path -> path.last().map(step -> step.range().start().line())
                        .orElse(path.node().fullRange().start().line()))
                .orElse(position.line());
    }
}
