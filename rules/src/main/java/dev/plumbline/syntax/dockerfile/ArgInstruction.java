package dev.plumbline.syntax.dockerfile;

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

    private final List<Declaration> declarations;

    ArgInstruction(Parts parts, List<Declaration> declarations) {
        super(parts);
        this.declarations = List.copyOf(declarations);
    }

    public List<Declaration> declarations() {
        return declarations;
    }
}
