package dev.plumbline.syntax.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One build stage: its FROM and the instructions after it, up to the next FROM.
 *
 * @param index 0-based position among the stages (what {@code COPY --from=0} refers to)
 * @param from the FROM that opens the stage
 * @param instructions the instructions after the FROM, in order
 */
public record Stage(int index, FromInstruction from, List<Instruction> instructions) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The stage name in lower case (Docker compares stage names case-insensitively). */
    public Optional<String> name() {
        return from.lowerCaseStageName();
    }

    /** True when this stage is called {@code name} (any case). */
    public boolean isNamed(String name) {
        return name().map(n -> n.equals(name.toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** The last instruction of the stage (its FROM when it has no other). */
    public Instruction last() {
        return instructions.isEmpty() ? from : instructions.get(instructions.size() - 1);
    }
}
