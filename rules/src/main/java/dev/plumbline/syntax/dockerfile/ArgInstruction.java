package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Optional;

/** {@code ARG name[=default] …}. */
public final class ArgInstruction extends Instruction {

    /**
     * One declared build argument.
     *
     * @param word the whole {@code name=value} word
     * @param name the name
     * @param defaultValue what follows {@code =} (value unquoted), when there is a default
     */
    public record Declaration(Word word, Word name, Optional<Word> defaultValue) {
    }

    /** Set by the constructor, or when a pending move is applied (see {@link Instruction#parts()}). */
    private List<Declaration> declarations;

    ArgInstruction(Parts parts, List<Declaration> declarations) {
        super(parts);
        this.declarations = List.copyOf(declarations);
    }

    /** {@code source} moved (see {@link MovedInstruction}). */
    ArgInstruction(Instruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
    }

    @Override
    void adoptMoved(Instruction source, Relocation relocation) {
        declarations = Relocation.all(((ArgInstruction) source).declarations(), d -> new Declaration(
                relocation.word(d.word()), relocation.word(d.name()), relocation.word(d.defaultValue())));
    }

    public List<Declaration> declarations() {
        parts(); // applies a pending move
        return declarations;
    }
}
