package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of parsed instructions moved into another snapshot, for the incremental parser: the same
 * instruction as a fresh parse of the moved text would give, without reading it again. Every field
 * that holds a position must be moved here (the incremental-parse property test compares whole models
 * field by field, so a forgotten one fails it).
 */
final class MovedInstruction {

    private MovedInstruction() {
    }

    /**
     * {@code instruction} in {@code relocation}'s snapshot, in stage {@code stageIndex}: a copy whose
     * words and texts are moved when first asked for (see {@link Instruction#parts()}).
     */
    static Instruction move(Instruction instruction, Relocation relocation, int stageIndex) {
        if (instruction instanceof FromInstruction) {
            return new FromInstruction(instruction, relocation, stageIndex);
        }
        if (instruction instanceof ArgInstruction) {
            return new ArgInstruction(instruction, relocation, stageIndex);
        }
        if (instruction instanceof KeyValueInstruction) {
            return new KeyValueInstruction(instruction, relocation, stageIndex);
        }
        if (instruction instanceof RunInstruction run) {
            return new RunInstruction(run, relocation, stageIndex);
        }
        if (instruction instanceof HealthcheckInstruction) {
            return new HealthcheckInstruction(instruction, relocation, stageIndex);
        }
        if (instruction instanceof OnbuildInstruction) {
            return new OnbuildInstruction(instruction, relocation, stageIndex);
        }
        return new Instruction(instruction, relocation, stageIndex);
    }

    /**
     * {@code instruction} moved into {@code document} at once, at the same offsets and lines (it
     * agrees with {@code document} on its text): so it no longer keeps older snapshots in memory.
     */
    static Instruction rehome(Instruction instruction, TextDocument document) {
        Instruction moved = move(instruction, new Relocation(0, 0, document), instruction.stageIndex());
        moved.parts();
        if (moved instanceof OnbuildInstruction onbuild) {
            onbuild.trigger().ifPresent(Instruction::parts);
        }
        return moved;
    }

    /** {@code problem} in {@code relocation}'s snapshot; every other component kept. */
    static ParseProblem move(ParseProblem problem, Relocation relocation) {
        return new ParseProblem(problem.message(), relocation.range(problem.range()), problem.kind());
    }

    /** The parts of an instruction moved by {@code r} into stage {@code stageIndex}. */
    static Instruction.Parts parts(Instruction.Parts p, Relocation r, int stageIndex) {
        return new Instruction.Parts(
                r.word(p.keyword()),
                Relocation.all(p.flags(), f -> new Flag(r.word(f.token()), r.word(f.nameWord()), r.word(f.valueWord()))),
                r.text(p.line()),
                r.text(p.argumentText()),
                r.words(p.arguments()),
                p.execForm() == null ? null : execForm(p.execForm(), r),
                r.text(p.shellForm()),
                Relocation.all(p.heredocs(), h -> new Heredoc(h.name(), h.chomp(), h.expand(), r.word(h.opener()),
                        r.text(h.body()), h.terminator().map(r::range))),
                p.startOffset() + r.offsets(),
                p.endOffset() + r.offsets(),
                r.range(p.range()),
                p.startLine() + r.lines(),
                p.endLine() + r.lines(),
                stageIndex,
                p.trigger());
    }

    private static ExecForm execForm(ExecForm exec, Relocation r) {
        List<MappedText> values = new ArrayList<>();
        for (int i = 0; i < exec.elements().size(); i++) {
            values.add(r.text(exec.valueText(i)));
        }
        return new ExecForm(r.words(exec.elements()), values, r.range(exec.range()));
    }
}
