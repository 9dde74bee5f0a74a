package dev.plumbline.server.lsp;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;

/**
 * Converts between the engine's text types and LSP4J's. Both count UTF-16 code units, so only the
 * types change. Input from the wire is made safe: missing or negative numbers become 0 and a range
 * given end-first is put in order (the document clamps positions beyond its end).
 */
public final class LspRanges {

    private LspRanges() {
    }

    public static org.eclipse.lsp4j.Range toLsp(Range range) {
        return new org.eclipse.lsp4j.Range(toLsp(range.start()), toLsp(range.end()));
    }

    public static org.eclipse.lsp4j.Position toLsp(Position position) {
        return new org.eclipse.lsp4j.Position(position.line(), position.character());
    }

    public static org.eclipse.lsp4j.TextEdit toLsp(TextEdit edit) {
        return new org.eclipse.lsp4j.TextEdit(toLsp(edit.range()), edit.newText());
    }

    public static Range fromLsp(org.eclipse.lsp4j.Range range) {
        if (range == null) {
            return Range.of(0, 0, 0, 0);
        }
        Position start = fromLsp(range.getStart());
        Position end = fromLsp(range.getEnd());
        return start.isAfter(end) ? new Range(end, start) : new Range(start, end);
    }

    public static Position fromLsp(org.eclipse.lsp4j.Position position) {
        if (position == null) {
            return Position.of(0, 0);
        }
        return Position.of(Math.max(0, position.getLine()), Math.max(0, position.getCharacter()));
    }
}
