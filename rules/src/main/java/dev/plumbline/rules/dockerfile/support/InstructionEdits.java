package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;

/** Whole-instruction edits. */
public final class InstructionEdits {

    private InstructionEdits() {
    }

    /** Deletes the lines of {@code instruction} (continuations and heredoc bodies included), line breaks too. */
    public static TextEdit deleteLines(TextDocument document, Instruction instruction) {
        int first = instruction.startLine();
        int last = instruction.endLine();
        if (last + 1 < document.lineCount()) {
            return TextEdit.delete(new Range(new Position(first, 0), new Position(last + 1, 0)));
        }
        Position end = document.positionAt(document.text().length());
        Position start = first == 0 ? new Position(0, 0) : document.lineRange(first - 1).end();
        return TextEdit.delete(new Range(start, end));
    }

    /** Inserts {@code line} (without line break) as a new line above {@code instruction}, at the same indentation. */
    public static TextEdit insertLineAbove(TextDocument document, Instruction instruction, String line) {
        Position at = new Position(instruction.startLine(), 0);
        String indent = document.lineText(instruction.startLine()).substring(0, instruction.range().start().character())
                .replace("\uFEFF", "");
        return TextEdit.insert(at, indent + line + document.lineSeparator());
    }

    /** Inserts {@code line} as a new line below {@code instruction} (after its last line), at column 0. */
    public static TextEdit insertLineBelow(TextDocument document, Instruction instruction, String line) {
        int last = instruction.endLine();
        if (last + 1 < document.lineCount()) {
            return TextEdit.insert(new Position(last + 1, 0), line + document.lineSeparator());
        }
        return TextEdit.insert(document.positionAt(document.text().length()), document.lineSeparator() + line);
    }
}
