package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import java.util.Optional;

/** {@code HEALTHCHECK [flags] CMD …} or {@code HEALTHCHECK NONE}. */
public final class HealthcheckInstruction extends Instruction {

    private final Word type;

    HealthcheckInstruction(Parts parts, Word type) {
        super(parts);
        this.type = type;
    }

    /** {@code CMD} or {@code NONE} as written. */
    public Optional<Word> type() {
        return Optional.ofNullable(type);
    }

    public boolean isNone() {
        return type != null && type.is("NONE");
    }
}
