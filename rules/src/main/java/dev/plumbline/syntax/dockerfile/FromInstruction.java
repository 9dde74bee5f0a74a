package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code FROM [--platform=…] image [AS name]}. */
public final class FromInstruction extends Instruction {

    /** {@link #stageName}, read once: stage lookups ask for it for every stage, many times per analysis. */
    private final Optional<Word> stageName;
    /** The stage name in lower case, or null: what stages are looked up by. */
    private final String lowerCaseName;

    FromInstruction(Parts parts) {
        super(parts);
        List<Word> args = parts.arguments();
        this.stageName = args.size() == 3 && args.get(1).is("as") ? Optional.of(args.get(2)) : Optional.empty();
        this.lowerCaseName = stageName.map(w -> w.value().toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** {@code source} moved (see {@link MovedInstruction}); the stage name moves at once, as every keystroke asks for it. */
    FromInstruction(Instruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
        FromInstruction from = (FromInstruction) source;
        this.stageName = from.stageName.map(relocation::word);
        this.lowerCaseName = from.lowerCaseName;
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
        return stageName;
    }

    /** The stage name in lower case (Docker compares stage names case-insensitively). */
    Optional<String> lowerCaseStageName() {
        return Optional.ofNullable(lowerCaseName);
    }

    public Optional<Flag> platform() {
        return flag("platform");
    }
}
