package dev.plumbline.syntax.gha.expr;

import java.util.Optional;

/**
 * One parsed expression: the text of a {@code ${{ }}} between its braces, or a whole {@code if:}
 * condition written without them. Offsets are into {@link #source()}, the string it was read from.
 * A syntax error leaves {@link #root()} empty and {@link #error()} set; parsing never throws.
 *
 * @param source the string the expression was read from (for a scalar, its value)
 * @param start where the expression text starts in {@code source}
 * @param end where it ends (exclusive)
 */
public record Expression(String source, int start, int end, ExprNode root, SyntaxError error) {

    /** A syntax problem at {@code [start, end)} of the source. */
    public record SyntaxError(String message, int start, int end) {
    }

    /** Parses {@code source[start, end)} as one expression. */
    public static Expression parse(String source, int start, int end) {
        return ExprParser.parse(source, start, end);
    }

    /** Parses a whole string as one expression. */
    public static Expression parse(String source) {
        return parse(source, 0, source.length());
    }

    public Optional<ExprNode> rootNode() {
        return Optional.ofNullable(root);
    }

    public Optional<SyntaxError> syntaxError() {
        return Optional.ofNullable(error);
    }

    public boolean isValid() {
        return root != null;
    }

    /** The expression text as written. */
    public String text() {
        return source.substring(start, end);
    }

    /** The source text of a node of this expression. */
    public String textOf(ExprNode node) {
        return source.substring(node.start(), node.end());
    }

    /** The deepest node whose span contains {@code offset} (an offset into the source); empty outside the expression. */
    public Optional<ExprNode> nodeAt(int offset) {
        if (root == null || offset < root.start() || offset > root.end()) {
            return Optional.empty();
        }
        ExprNode current = root;
        outer:
        while (true) {
            for (ExprNode child : current.children()) {
                if (offset >= child.start() && offset <= child.end()) {
                    current = child;
                    continue outer;
                }
            }
            return Optional.of(current);
        }
    }

    @Override
    public String toString() {
        return "Expression[" + text() + (error != null ? " ! " + error.message() : "") + "]";
    }
}
