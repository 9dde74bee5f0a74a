package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * A builder flag such as {@code --platform=linux/amd64} or {@code --link} in front of an
 * instruction's arguments.
 *
 * @param token the whole flag as written
 * @param nameWord {@code --name}, dashes included; its value is the bare name
 * @param valueWord what follows the first {@code =}, if there is one; its value is unquoted
 */
public record Flag(Word token, Word nameWord, Optional<Word> valueWord) {

    /** The flag name without dashes, e.g. {@code platform}. */
    public String name() {
        return nameWord.value();
    }

    /** The unquoted value, if the flag has {@code =}. */
    public Optional<String> value() {
        return valueWord.map(Word::value);
    }

    public Range range() {
        return token.range();
    }

    /** The range of {@code --name}. */
    public Range nameRange() {
        return nameWord.range();
    }

    public Optional<Range> valueRange() {
        return valueWord.map(Word::range);
    }
}
