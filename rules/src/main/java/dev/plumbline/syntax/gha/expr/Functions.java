package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprType.Simple;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The functions of GitHub's expression language with their arity and return type. Names are
 * case-insensitive. The status functions ({@code success()} …) may only be called in {@code if:},
 * {@code hashFiles()} only where a step runs (see {@link Availability}).
 */
public final class Functions {

    /**
     * One function.
     *
     * @param name the documented spelling
     * @param minArguments fewest arguments
     * @param maxArguments most arguments, or -1 for no limit
     * @param returns the result type ({@link Simple#ANY} when it depends on the arguments)
     * @param signature how the docs write the call
     * @param description one line, for hover
     */
    public record Function(String name, int minArguments, int maxArguments, ExprType returns, String signature,
            String description) {

        public boolean accepts(int count) {
            return count >= minArguments && (maxArguments < 0 || count <= maxArguments);
        }

        /** {@code 2 arguments}, {@code 1 or 2 arguments}, {@code at least 1 argument} … */
        public String arityText() {
            if (maxArguments < 0) {
                return "at least " + minArguments + (minArguments == 1 ? " argument" : " arguments");
            }
            if (minArguments == maxArguments) {
                return minArguments == 0 ? "no arguments" : minArguments + (minArguments == 1 ? " argument" : " arguments");
            }
            return minArguments + " or " + maxArguments + " arguments";
        }

        /** True for {@code success}, {@code always}, {@code cancelled} and {@code failure}. */
        public boolean isStatusFunction() {
            return STATUS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final java.util.Set<String> STATUS = java.util.Set.of("success", "always", "cancelled", "failure");

    private static final Map<String, Function> ALL = new LinkedHashMap<>();

    static {
        add(new Function("contains", 2, 2, Simple.BOOL, "contains(search, item)",
                "True when search (a string or an array) contains item; strings compare ignoring case"));
        add(new Function("startsWith", 2, 2, Simple.BOOL, "startsWith(searchString, searchValue)",
                "True when searchString starts with searchValue, ignoring case"));
        add(new Function("endsWith", 2, 2, Simple.BOOL, "endsWith(searchString, searchValue)",
                "True when searchString ends with searchValue, ignoring case"));
        add(new Function("format", 1, -1, Simple.STRING, "format(string, replaceValue0, replaceValue1, ...)",
                "Replaces {N} in string with the N-th value; {{ and }} write braces"));
        add(new Function("join", 1, 2, Simple.STRING, "join(array, optionalSeparator)",
                "Joins the values of an array into a string (separator ',' by default)"));
        add(new Function("toJSON", 1, 1, Simple.STRING, "toJSON(value)", "Pretty-printed JSON of value"));
        add(new Function("fromJSON", 1, 1, Simple.ANY, "fromJSON(value)",
                "The JSON object or value a string holds"));
        add(new Function("hashFiles", 1, -1, Simple.STRING, "hashFiles(path, ...)",
                "A SHA-256 hash over the files matching the glob patterns, relative to the workspace"));
        add(new Function("case", 3, -1, Simple.ANY, "case(pred1, val1, pred2, val2, ..., default)",
                "The value after the first true predicate, else the default"));
        add(new Function("success", 0, 0, Simple.BOOL, "success()",
                "True when no previous step or needed job failed or was cancelled"));
        add(new Function("always", 0, 0, Simple.BOOL, "always()",
                "Always true; the step runs even when the run is cancelled"));
        add(new Function("cancelled", 0, 0, Simple.BOOL, "cancelled()", "True when the workflow run was cancelled"));
        add(new Function("failure", 0, 0, Simple.BOOL, "failure()", "True when a previous step or needed job failed"));
    }

    private Functions() {
    }

    private static void add(Function function) {
        ALL.put(function.name().toLowerCase(Locale.ROOT), function);
    }

    /** The function called {@code name} (any case). */
    public static Optional<Function> get(String name) {
        return Optional.ofNullable(ALL.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every function, in the order GitHub's reference lists them. */
    public static java.util.Collection<Function> all() {
        return java.util.Collections.unmodifiableCollection(ALL.values());
    }
}
