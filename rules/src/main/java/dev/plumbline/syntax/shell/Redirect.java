package dev.plumbline.syntax.shell;

import java.util.Optional;

/**
 * One redirection of a simple command.
 *
 * @param operator the operator as written, with a file-descriptor number in front when there is one:
 *     {@code >}, {@code >>}, {@code 2>}, {@code &>}, {@code >&}, {@code <}, {@code <<}, {@code <<<} …
 * @param target the word after the operator (a file, a descriptor such as {@code 1}, a heredoc
 *     delimiter); empty for a process substitution or when the script ends early
 */
public record Redirect(String operator, Optional<Word> target) {

    /**
     * True when the redirection sends standard output to a file: {@code >}, {@code >>}, {@code >|},
     * {@code 1>}, {@code &>}, {@code &>>}; not descriptor duplications ({@code >&2}) and not
     * {@code /dev/null}.
     */
    public boolean writesStdoutToFile() {
        String op = operator.startsWith("1") ? operator.substring(1) : operator;
        if (!(op.equals(">") || op.equals(">>") || op.equals(">|") || op.equals("&>") || op.equals("&>>"))) {
            return false;
        }
        return target.map(w -> !w.value().equals("/dev/null")).orElse(false);
    }
}
