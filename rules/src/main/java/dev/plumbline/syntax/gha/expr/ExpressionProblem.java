package dev.plumbline.syntax.gha.expr;

import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * A problem found in an expression, with the value offsets it covers and, where one name is the
 * obvious correction, the replacement text for those offsets.
 *
 * @param kind what sort of problem (each is one rule's)
 * @param site where the expression is
 * @param start value offset where the problem starts
 * @param end value offset where it ends (exclusive)
 * @param message what is wrong, naming the thing
 * @param replacement the text that fixes {@code [start, end)}, or null
 */
public record ExpressionProblem(Kind kind, ExpressionSite site, int start, int end, String message,
        String replacement) {

    public enum Kind {
        /** Does not lex or parse, or a {@code ${{} is never closed. */
        SYNTAX,
        /**
         * Property access on a non-object, an unknown property of a fixed object, an object rendered
         * into a string, a comparison that is always false.
         */
        TYPE,
        /** An unknown context, or a context or special function not available at the key. */
        AVAILABILITY,
        /** An unknown function, wrong arity or argument types, a bad format() string or fromJSON() literal. */
        FUNCTION,
        /** A step, needed job, output, input or matrix key the workflow does not define. */
        REFERENCE
    }

    /** Where the problem is in the file. */
    public Range range() {
        return site.rangeOf(start, end);
    }

    public Optional<String> fix() {
        return Optional.ofNullable(replacement);
    }
}
