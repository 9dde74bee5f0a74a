package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Relocation;
import java.util.Optional;

/** {@code ONBUILD <instruction>}: the held instruction is parsed like a top-level one. */
public final class OnbuildInstruction extends Instruction {

    /** Set by the constructor, or when a pending move is applied (see {@link Instruction#parts()}). */
    private Instruction trigger;

    OnbuildInstruction(Parts parts, Instruction trigger) {
        super(parts);
        this.trigger = trigger;
    }

    /** {@code source} moved (see {@link MovedInstruction}). */
    OnbuildInstruction(Instruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
    }

    @Override
    void adoptMoved(Instruction source, Relocation relocation) {
        // moved at once, so the trigger points into the same snapshot as the ONBUILD that holds it
        trigger = ((OnbuildInstruction) source).trigger().map(t -> MovedInstruction.move(t, relocation, stageIndex()))
                .orElse(null);
        if (trigger != null) {
            trigger.parts();
        }
    }

    /** The instruction it holds; empty for a bare {@code ONBUILD}. */
    public Optional<Instruction> trigger() {
        parts(); // applies a pending move
        return Optional.ofNullable(trigger);
    }
}
