package dev.plumbline.syntax.dockerfile;

import java.util.Optional;

/** {@code ONBUILD <instruction>}: the held instruction is parsed like a top-level one. */
public final class OnbuildInstruction extends Instruction {

    private final Instruction trigger;

    OnbuildInstruction(Parts parts, Instruction trigger) {
        super(parts);
        this.trigger = trigger;
    }

    /** The instruction it holds; empty for a bare {@code ONBUILD}. */
    public Optional<Instruction> trigger() {
        return Optional.ofNullable(trigger);
    }
}
