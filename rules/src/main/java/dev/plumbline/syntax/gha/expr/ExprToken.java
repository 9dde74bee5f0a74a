package dev.plumbline.syntax.gha.expr;

/**
 * One token of an expression: its kind and where it sits in the source string the lexer read
 * ({@code [start, end)}, offsets into that string, not into the inner text of {@code ${{ }}}).
 */
record ExprToken(Kind kind, int start, int end, String text) {

    enum Kind {
        IDENT, NUMBER, STRING, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, STAR, NOT,
        EQ, NE, LT, LE, GT, GE, AND, OR, END
    }

    /** A readable form of the token for messages: {@code "&&"}, {@code end of expression}. */
    String describe() {
        return kind == Kind.END ? "the end of the expression" : "\"" + text + "\"";
    }
}
