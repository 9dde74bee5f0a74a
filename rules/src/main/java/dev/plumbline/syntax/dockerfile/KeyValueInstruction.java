package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import java.util.List;

/** {@code ENV} and {@code LABEL}: {@code key=value …}, or the legacy {@code key value} form. */
public final class KeyValueInstruction extends Instruction {

    /**
     * One pair.
     *
     * @param key the key (value unquoted)
     * @param value the value (value unquoted, variables not expanded); empty for {@code key=}
     * @param legacy true for the {@code ENV key value} form, where the value is the rest of the line
     */
    public record Pair(Word key, Word value, boolean legacy) {
    }

    private final List<Pair> pairs;

    KeyValueInstruction(Parts parts, List<Pair> pairs) {
        super(parts);
        this.pairs = List.copyOf(pairs);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public boolean isEnv() {
        return is("ENV");
    }
}
