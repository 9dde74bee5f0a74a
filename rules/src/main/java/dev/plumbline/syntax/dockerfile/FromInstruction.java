package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Optional;

/** {@code FROM [--platform=…] image [AS name]}. */
public final class FromInstruction extends Instruction {

    FromInstruction(Parts parts) {
        super(parts);
    }

    /** The image argument as written (variables not expanded). */
    public Optional<Word> image() {
        List<Word> args = arguments();
        return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    }

    /** The {@code AS} keyword, when the instruction has the three-argument form. */
    public Optional<Word> asKeyword() {
        List<Word> args = arguments();
        return args.size() == 3 && args.get(1).is("as") ? Optional.of(args.get(1)) : Optional.empty();
    }

    /** The stage name after {@code AS}, as written. */
    public Optional<Word> stageName() {
        List<Word> args = arguments();
        return asKeyword().isPresent() ? Optional.of(args.get(2)) : Optional.empty();
    }

    public Optional<Flag> platform() {
        return flag("platform");
    }
}
