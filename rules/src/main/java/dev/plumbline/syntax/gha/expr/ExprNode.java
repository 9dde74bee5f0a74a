package dev.plumbline.syntax.gha.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node of a parsed expression. Offsets ({@link #start()}, {@link #end()}) are into the source
 * string that was parsed, for {@link ExpressionSite}s the scalar's value, so
 * {@code scalar.content().rangeOf(start, end)} is the node's exact place in the file. Parentheses are
 * not nodes: a parenthesized expression is its inner node.
 */
public sealed interface ExprNode {

    int start();

    int end();

    /** The direct children, left to right. */
    List<ExprNode> children();

    /** Visits this node and every node below it, parents before children, left to right. */
    default void walk(Consumer<ExprNode> visitor) {
        visitor.accept(this);
        for (ExprNode child : children()) {
            child.walk(visitor);
        }
    }

    /** This node and its descendants, parents first. */
    default List<ExprNode> descendants() {
        List<ExprNode> all = new ArrayList<>();
        walk(all::add);
        return all;
    }

    /**
     * The access path of a chain of property, index and {@code *} accesses that starts at a context
     * ({@code github.event.commits.*.message}); numeric or computed indexes read as {@code *}. Empty for
     * anything else (a function call, a literal, an operator).
     */
    default Optional<AccessPath> path() {
        return AccessPath.of(this);
    }

    /** {@code null}, {@code true}, a number or a string. */
    record Literal(Kind kind, String text, Object value, int start, int end) implements ExprNode {

        public enum Kind { NULL, BOOLEAN, NUMBER, STRING }

        /** The string of a {@link Kind#STRING} literal (quotes removed, {@code ''} decoded); empty otherwise. */
        public Optional<String> string() {
            return kind == Kind.STRING ? Optional.of((String) value) : Optional.empty();
        }

        /** True for a value that converts to {@code false}: null, false, 0, NaN and ''. */
        public boolean isFalsy() {
            return switch (kind) {
                case NULL -> true;
                case BOOLEAN -> !(Boolean) value;
                case NUMBER -> ((Double) value) == 0 || ((Double) value).isNaN();
                case STRING -> ((String) value).isEmpty();
            };
        }

        @Override
        public List<ExprNode> children() {
            return List.of();
        }
    }

    /** A context name at the root of an access chain: {@code github}, {@code steps}, {@code matrix} … */
    record ContextRef(String name, int start, int end) implements ExprNode {

        /** The name in lower case (contexts are case-insensitive). */
        public String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public List<ExprNode> children() {
            return List.of();
        }
    }

    /** {@code receiver.name}; {@code nameStart} is where the name begins (after the dot). */
    record Property(ExprNode receiver, String name, int nameStart, int start, int end) implements ExprNode {

        public String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public List<ExprNode> children() {
            return List.of(receiver);
        }
    }

    /** {@code receiver[index]}. */
    record Index(ExprNode receiver, ExprNode index, int start, int end) implements ExprNode {

        @Override
        public List<ExprNode> children() {
            return List.of(receiver, index);
        }
    }

    /** {@code receiver.*}: every element of an array, or every value of an object. */
    record Filter(ExprNode receiver, int start, int end) implements ExprNode {

        @Override
        public List<ExprNode> children() {
            return List.of(receiver);
        }
    }

    /** {@code name(arguments)}; {@code nameEnd} is where the name ends. */
    record Call(String name, int nameEnd, List<ExprNode> arguments, int start, int end) implements ExprNode {

        public Call {
            arguments = List.copyOf(arguments);
        }

        /** The function name in lower case (function names are case-insensitive). */
        public String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        @Override
        public List<ExprNode> children() {
            return arguments;
        }
    }

    /** {@code !operand}. */
    record Not(ExprNode operand, int start, int end) implements ExprNode {

        @Override
        public List<ExprNode> children() {
            return List.of(operand);
        }
    }

    /** {@code left op right}; {@code operatorStart} is where the operator is written. */
    record Binary(Operator operator, ExprNode left, ExprNode right, int operatorStart, int start, int end)
            implements ExprNode {

        @Override
        public List<ExprNode> children() {
            return List.of(left, right);
        }
    }

    /** Binary operators, lowest precedence first. */
    enum Operator {
        OR("||"), AND("&&"), EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isComparison() {
            return this != OR && this != AND;
        }
    }
}
