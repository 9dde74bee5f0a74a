package dev.plumbline.syntax.gha.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A string value with the {@code ${{ }}} expressions GitHub evaluates in it. The closing
 * {@code }}} is the first one outside a single-quoted string literal, as GitHub reads it; a
 * {@code ${{} never closed is an {@link #unclosed()} error and ends the scan.
 *
 * @param source the whole string
 * @param embedded the expressions in order
 * @param unclosed the offset of a {@code ${{} that is never closed, or -1
 */
public record TemplateString(String source, List<Embedded> embedded, int unclosed) {

    private static final String OPEN = "${{";
    private static final String CLOSE = "}}";

    public TemplateString {
        embedded = List.copyOf(embedded);
    }

    /**
     * One {@code ${{ … }}}: from {@code open} (the {@code $}) to {@code close} (just after the
     * {@code }}}), with the expression parsed from the text between the braces.
     */
    public record Embedded(int open, int close, Expression expression) {

        /** Where the inner text starts (after {@code ${{}). */
        public int innerStart() {
            return open + OPEN.length();
        }

        /** Where the inner text ends (before {@code }}}). */
        public int innerEnd() {
            return close - CLOSE.length();
        }
    }

    /** Scans {@code source} for expressions. */
    public static TemplateString parse(String source) {
        List<Embedded> found = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = source.indexOf(OPEN, from);
            if (open < 0) {
                return new TemplateString(source, found, -1);
            }
            int innerStart = open + OPEN.length();
            int close = closing(source, innerStart);
            if (close < 0) {
                return new TemplateString(source, found, open);
            }
            found.add(new Embedded(open, close + CLOSE.length(), Expression.parse(source, innerStart, close)));
            from = close + CLOSE.length();
        }
    }

    /** The offset of the {@code }}} that closes an expression starting at {@code from}, or -1. */
    private static int closing(String source, int from) {
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') {
                inString = !inString; // '' inside a literal toggles twice: still inside
            } else if (!inString && c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    /** True when the string holds at least one {@code ${{}. */
    public boolean hasExpressions() {
        return !embedded.isEmpty() || unclosed >= 0;
    }

    public Optional<Integer> unclosedAt() {
        return unclosed < 0 ? Optional.empty() : Optional.of(unclosed);
    }

    /**
     * True when the string is exactly one expression, with nothing but whitespace around it, so its
     * value keeps the expression's type (an object, a number) instead of becoming a string.
     */
    public boolean isSingleExpression() {
        if (embedded.size() != 1 || unclosed >= 0) {
            return false;
        }
        Embedded only = embedded.get(0);
        return source.substring(0, only.open()).isBlank() && source.substring(only.close()).isBlank();
    }

    /** The expression whose braces contain {@code offset}. */
    public Optional<Embedded> at(int offset) {
        for (Embedded e : embedded) {
            if (offset >= e.open() && offset <= e.close()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
