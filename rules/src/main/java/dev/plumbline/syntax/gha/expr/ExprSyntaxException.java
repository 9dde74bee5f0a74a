package dev.plumbline.syntax.gha.expr;

/** A lexing or parsing failure at {@code [start, end)} of the source string; never escapes the parser. */
final class ExprSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int start;
    final int end;

    ExprSyntaxException(String message, int start, int end) {
        super(message, null, false, false);
        this.start = start;
        this.end = end;
    }
}
