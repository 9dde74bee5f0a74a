package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** Edits to a command's words that keep its form: shell words in shell form, JSON elements in exec form. */
public final class CommandEdits {

    private CommandEdits() {
    }

    /** Inserts {@code argument} (a plain word: no quotes or blanks to escape) right after {@code word}. */
    public static TextEdit insertAfter(Command command, Word word, String argument) {
        String text = command.isExec() ? ", \"" + argument + "\"" : " " + argument;
        return TextEdit.insert(word.range().end(), text);
    }

    /**
     * Replaces {@code word} by {@code replacement} (a plain word); empty when the word is not written
     * as its plain value (quotes or escapes in shell form, escapes in a JSON element).
     */
    public static Optional<TextEdit> replace(Command command, Word word, String replacement) {
        if (command.isExec()) {
            return word.text().equals("\"" + word.value() + "\"")
                    ? Optional.of(new TextEdit(word.range(), "\"" + replacement + "\""))
                    : Optional.empty();
        }
        return word.text().equals(word.value()) && word.endOffset() - word.startOffset() == word.value().length()
                ? Optional.of(new TextEdit(word.range(), replacement))
                : Optional.empty();
    }
}
