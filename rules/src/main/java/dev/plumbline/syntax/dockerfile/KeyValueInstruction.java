package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Relocation;
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

    /** Set by the constructor, or when a pending move is applied (see {@link Instruction#parts()}). */
    private List<Pair> pairs;

    KeyValueInstruction(Parts parts, List<Pair> pairs) {
        super(parts);
        this.pairs = List.copyOf(pairs);
    }

    /** {@code source} moved (see {@link MovedInstruction}). */
    KeyValueInstruction(Instruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
    }

    @Override
    void adoptMoved(Instruction source, Relocation relocation) {
        pairs = Relocation.all(((KeyValueInstruction) source).pairs(), p -> new Pair(
                relocation.word(p.key()), relocation.word(p.value()), p.legacy()));
    }

    public List<Pair> pairs() {
        parts(); // applies a pending move
        return pairs;
    }

    public boolean isEnv() {
        return is("ENV");
    }
}
