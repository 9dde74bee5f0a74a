package dev.plumbline.syntax.dockerfile;

import dev.plumbline.text.Range;

/**
 * Something Docker's parser would reject, with the span it is about and what kind of problem it is
 * (so each kind can be reported by the rule that explains it best).
 *
 * @param kind {@link Kind#SYNTAX} unless the problem is one of the finer kinds
 */
public record ParseProblem(String message, Range range, Kind kind) {

    /** What went wrong; everything that is not a finer kind is {@link #SYNTAX}. */
    public enum Kind {
        /** Text the parser cannot read: an unterminated heredoc or {@code ${}, a non-string JSON element, … */
        SYNTAX,
        /** The same parser directive given twice. */
        DUPLICATE_DIRECTIVE,
        /** An {@code escape} directive whose value is neither {@code \} nor a backtick. */
        INVALID_ESCAPE,
        /** SHELL arguments that are not a JSON array. */
        SHELL_NOT_JSON,
        /** {@code ONBUILD ONBUILD …}. */
        ONBUILD_CHAINING,
        /** {@code ONBUILD FROM …} or {@code ONBUILD MAINTAINER …}. */
        ONBUILD_TRIGGER,
        /** An ENV or LABEL word without {@code =} after {@code name=value} pairs. */
        MISSING_EQUALS,
        /** An ENV or LABEL pair with an empty name ({@code =value}). */
        BLANK_NAME,
        /** An ENV or LABEL with a name and no value ({@code ENV DEBUG}). */
        MISSING_VALUE
    }

    public ParseProblem {
        kind = kind == null ? Kind.SYNTAX : kind;
    }

    /** A {@link Kind#SYNTAX} problem. */
    public ParseProblem(String message, Range range) {
        this(message, range, Kind.SYNTAX);
    }
}
