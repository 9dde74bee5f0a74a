package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.shell.Word;
import java.util.Optional;

/** {@code HEALTHCHECK [flags] CMD …} or {@code HEALTHCHECK NONE}. */
public final class HealthcheckInstruction extends Instruction {

    /** Set by the constructor, or when a pending move is applied (see {@link Instruction#parts()}). */
    private Word type;

    HealthcheckInstruction(Parts parts, Word type) {
        super(parts);
        this.type = type;
    }

    /** {@code source} moved (see {@link MovedInstruction}). */
    HealthcheckInstruction(Instruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
    }

    @Override
    void adoptMoved(Instruction source, Relocation relocation) {
        type = ((HealthcheckInstruction) source).type().map(relocation::word).orElse(null);
    }

    /** {@code CMD} or {@code NONE} as written. */
    public Optional<Word> type() {
        parts(); // applies a pending move
        return Optional.ofNullable(type);
    }

    public boolean isNone() {
        return type().filter(t -> t.is("NONE")).isPresent();
    }
}
