package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;

/** Edits to a command's words that keep its form: shell words in shell form, JSON elements in exec form. */
public final class CommandEdits {

    private CommandEdits() {
    }

    /** Inserts {@code argument} (a plain word: no quotes or blanks to escape) right after {@code word}. */
    public static TextEdit insertAfter(Command command, Word word, String argument) {
        String text = command.isExec() ? ", \"" + argument + "\"" : " " + argument;
        return TextEdit.insert(word.range().end(), text);
    }
}
