package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Relocation;
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

    /** {@code instruction} in {@code relocation}'s snapshot, in stage {@code stageIndex}. */
    static Instruction move(Instruction instruction, Relocation relocation, int stageIndex) {
        Instruction copy = copy(instruction, relocation, stageIndex);
        copy.movedFrom(instruction);
        return copy;
    }

    private static Instruction copy(Instruction instruction, Relocation relocation, int stageIndex) {
        Instruction.Parts moved = parts(instruction.parts(), relocation, stageIndex);
        if (instruction instanceof FromInstruction) {
            return new FromInstruction(moved);
        }
        if (instruction instanceof ArgInstruction arg) {
            return new ArgInstruction(moved, Relocation.all(arg.declarations(), d -> new ArgInstruction.Declaration(
                    relocation.word(d.word()), relocation.word(d.name()), relocation.word(d.defaultValue()))));
        }
        if (instruction instanceof KeyValueInstruction kv) {
            return new KeyValueInstruction(moved, Relocation.all(kv.pairs(), p -> new KeyValueInstruction.Pair(
                    relocation.word(p.key()), relocation.word(p.value()), p.legacy())));
        }
        if (instruction instanceof RunInstruction run) {
            RunInstruction copy = new RunInstruction(moved);
            // the commands are the costly part of a RUN: move them too (when asked) if they were split already
            run.moveCommandsTo(copy, relocation);
            return copy;
        }
        if (instruction instanceof HealthcheckInstruction health) {
            return new HealthcheckInstruction(moved, health.type().map(relocation::word).orElse(null));
        }
        if (instruction instanceof OnbuildInstruction onbuild) {
            return new OnbuildInstruction(moved,
                    onbuild.trigger().map(t -> move(t, relocation, stageIndex)).orElse(null));
        }
        return new Instruction(moved);
    }

    /** {@code problem} in {@code relocation}'s snapshot; every other component kept. */
    static ParseProblem move(ParseProblem problem, Relocation relocation) {
        return new ParseProblem(problem.message(), relocation.range(problem.range()), problem.kind());
    }

    private static Instruction.Parts parts(Instruction.Parts p, Relocation r, int stageIndex) {
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
