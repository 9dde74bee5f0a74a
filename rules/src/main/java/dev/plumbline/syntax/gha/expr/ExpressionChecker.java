package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprNode.Binary;
import dev.plumbline.syntax.gha.expr.ExprNode.Call;
import dev.plumbline.syntax.gha.expr.ExprNode.ContextRef;
import dev.plumbline.syntax.gha.expr.ExprNode.Filter;
import dev.plumbline.syntax.gha.expr.ExprNode.Index;
import dev.plumbline.syntax.gha.expr.ExprNode.Literal;
import dev.plumbline.syntax.gha.expr.ExprNode.Not;
import dev.plumbline.syntax.gha.expr.ExprNode.Property;
import dev.plumbline.syntax.gha.expr.ExprType.ArrayType;
import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExprType.Simple;
import dev.plumbline.syntax.gha.expr.ExprType.Strictness;
import dev.plumbline.syntax.gha.expr.ExpressionProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Type-checks the expressions of one site against its {@link ExpressionScope}: infers each node's
 * type and reports syntax errors, unknown or unavailable contexts and functions, wrong arity and
 * argument types, {@code format()} and {@code fromJSON()} literals, unknown properties (of GitHub's
 * fixed objects: a type error; of what the workflow declares: an undefined reference), and objects
 * written into strings. Never reports twice for one cause: an unknown name yields "any" below it.
 */
final class ExpressionChecker {

    private final ExpressionSite site;
    private final ExpressionScope scope;
    private final List<ExpressionProblem> problems = new ArrayList<>();

    private ExpressionChecker(ExpressionSite site, ExpressionScope scope) {
        this.site = site;
        this.scope = scope;
    }

    static List<ExpressionProblem> check(ExpressionSite site, ExpressionScope scope) {
        ExpressionChecker checker = new ExpressionChecker(site, scope);
        checker.run();
        return checker.problems;
    }

    private void run() {
        TemplateString template = site.template();
        template.unclosedAt().ifPresent(open -> report(Kind.SYNTAX, open, open + 3,
                "\"${{\" is never closed; add \"}}\" after the expression", null));
        for (Expression expression : site.expressions()) {
            if (expression.error() != null) {
                Expression.SyntaxError error = expression.error();
                report(Kind.SYNTAX, error.start(), error.end(), error.message(), null);
                continue;
            }
            ExprType type = infer(expression.root());
            boolean rendered = site.bareCondition().isEmpty()
                    && (!template.isSingleExpression() || site.place().isStringValued());
            if (rendered && ExprTypes.isComposite(type)) {
                ExprNode root = expression.root();
                report(Kind.TYPE, root.start(), root.end(), "\"" + expression.textOf(root) + "\" is an " + type.describe()
                        + "; written into a string it becomes \"" + (type instanceof ArrayType ? "Array" : "Object")
                        + "\". Use toJSON(" + expression.textOf(root) + ") or pick a property", null);
            }
        }
    }

    private ExprType infer(ExprNode node) {
        if (node instanceof Literal literal) {
            return switch (literal.kind()) {
                case NULL -> Simple.NULL;
                case BOOLEAN -> Simple.BOOL;
                case NUMBER -> Simple.NUMBER;
                case STRING -> Simple.STRING;
            };
        }
        if (node instanceof ContextRef ref) {
            return context(ref);
        }
        if (node instanceof Property property) {
            return property(infer(property.receiver()), property.name(), property.nameStart(), property.end(), property);
        }
        if (node instanceof Filter filter) {
            ExprType receiver = infer(filter.receiver());
            if (receiver instanceof ObjectType object) {
                return new ArrayType(object.valueType());
            }
            if (receiver instanceof ArrayType array) {
                return array;
            }
            if (receiver == Simple.ANY) {
                return new ArrayType(Simple.ANY);
            }
            report(Kind.TYPE, filter.start(), filter.end(), "\"" + text(filter.receiver()) + "\" is a "
                    + receiver.describe() + "; \".*\" needs an object or an array", null);
            return Simple.ANY;
        }
        if (node instanceof Index index) {
            ExprType receiver = infer(index.receiver());
            ExprType key = infer(index.index());
            if (index.index() instanceof Literal literal && literal.string().isPresent()
                    && receiver instanceof ObjectType) {
                return property(receiver, literal.string().get(), literal.start() + 1, literal.end() - 1, index);
            }
            if (receiver instanceof ObjectType object) {
                return object.valueType();
            }
            if (receiver instanceof ArrayType array) {
                return array.elements();
            }
            if (receiver == Simple.ANY || receiver == Simple.NULL || key == Simple.ANY) {
                return Simple.ANY;
            }
            report(Kind.TYPE, index.start(), index.end(), "\"" + text(index.receiver()) + "\" is a "
                    + receiver.describe() + "; it cannot be indexed", null);
            return Simple.ANY;
        }
        if (node instanceof Call call) {
            return call(call);
        }
        if (node instanceof Not not) {
            infer(not.operand());
            return Simple.BOOL;
        }
        Binary binary = (Binary) node;
        ExprType left = infer(binary.left());
        ExprType right = infer(binary.right());
        if (binary.operator().isComparison()) {
            compare(binary, left, right);
            return Simple.BOOL;
        }
        return ExprTypes.union(left, right);
    }

    private ExprType context(ContextRef ref) {
        String name = ref.name();
        if (!Contexts.isContext(name)) {
            Optional<String> near = Nearest.of(name, Contexts.NAMES);
            report(Kind.AVAILABILITY, ref.start(), ref.end(), "Unknown context \"" + name + "\""
                    + near.map(n -> "; did you mean \"" + n + "\"?").orElse("; the contexts are "
                            + String.join(", ", Contexts.NAMES)), null);
            return Simple.ANY;
        }
        if (!scope.isAvailable(name)) {
            report(Kind.AVAILABILITY, ref.start(), ref.end(), "Context \"" + name + "\" is not available in "
                    + site.place().key() + "; available there: " + String.join(", ", scope.availableContexts()), null);
            return Simple.ANY;
        }
        return scope.typeOf(name);
    }

    /** {@code receiver.name} (or {@code receiver['name']}); {@code [nameStart, nameEnd)} is where the name is written. */
    private ExprType property(ExprType receiver, String name, int nameStart, int nameEnd, ExprNode node) {
        if (receiver instanceof ObjectType object) {
            Optional<ExprType> type = object.typeOf(name);
            if (type.isPresent()) {
                return type.get();
            }
            List<String> known = object.properties().values().stream().map(ExprType.Property::name).toList();
            Optional<String> near = Nearest.of(name, known);
            String message = String.format(object.unknownMessage(), name)
                    + near.map(n -> "; did you mean \"" + n + "\"?").orElse(known.isEmpty() ? ""
                            : known.size() <= 8 ? "; known: " + String.join(", ", known) : "");
            report(object.strictness() == Strictness.DECLARED ? Kind.REFERENCE : Kind.TYPE, nameStart, nameEnd, message,
                    near.filter(n -> isIdentifier(n)).orElse(null));
            return Simple.ANY;
        }
        if (receiver instanceof ArrayType array) {
            // after ".*" a property applies to every element
            if (array.elements() instanceof ObjectType || array.elements() == Simple.ANY) {
                return new ArrayType(property(array.elements(), name, nameStart, nameEnd, node));
            }
        }
        if (receiver == Simple.ANY || receiver == Simple.NULL) {
            return Simple.ANY;
        }
        ExprNode target = node instanceof Property p ? p.receiver() : ((Index) node).receiver();
        report(Kind.TYPE, nameStart, nameEnd, "\"" + text(target) + "\" is a " + receiver.describe()
                + "; it has no property \"" + name + "\"", null);
        return Simple.ANY;
    }

    private static boolean isIdentifier(String name) {
        return !name.isEmpty() && ExprLexer.isIdentStart(name.charAt(0))
                && name.chars().allMatch(c -> ExprLexer.isIdentPart((char) c));
    }

    private void compare(Binary binary, ExprType left, ExprType right) {
        if (binary.operator() != ExprNode.Operator.EQ && binary.operator() != ExprNode.Operator.NE) {
            return;
        }
        boolean leftComposite = ExprTypes.isComposite(left);
        boolean rightComposite = ExprTypes.isComposite(right);
        if (leftComposite != rightComposite && (binary.left() instanceof Literal || binary.right() instanceof Literal)) {
            ExprNode composite = leftComposite ? binary.left() : binary.right();
            boolean equals = binary.operator() == ExprNode.Operator.EQ;
            report(Kind.TYPE, binary.start(), binary.end(), "\"" + text(composite) + "\" is an "
                    + (leftComposite ? left : right).describe() + " and never equals a literal, so this comparison is always "
                    + (equals ? "false" : "true"), null);
        }
    }

    private ExprType call(Call call) {
        List<ExprType> arguments = new ArrayList<>();
        for (ExprNode argument : call.arguments()) {
            arguments.add(infer(argument));
        }
        Optional<Functions.Function> found = Functions.get(call.name());
        if (found.isEmpty()) {
            List<String> names = Functions.all().stream().map(Functions.Function::name).toList();
            Optional<String> near = Nearest.of(call.name(), names);
            report(Kind.FUNCTION, call.start(), call.nameEnd(), "Unknown function \"" + call.name() + "()\""
                    + near.map(n -> "; did you mean \"" + n + "()\"?").orElse(""), near.orElse(null));
            return Simple.ANY;
        }
        Functions.Function function = found.get();
        int count = arguments.size();
        if (!function.accepts(count) || (function.name().equals("case") && count % 2 == 0)) {
            String expected = function.name().equals("case") ? "an odd number of arguments, at least 3"
                    : function.arityText();
            report(Kind.FUNCTION, call.start(), call.end(), function.name() + "() takes " + expected + ", not " + count
                    + ": " + function.signature(), null);
            return function.returns();
        }
        if (!scope.isAvailable(function)) {
            String where = function.isStatusFunction() ? "only in if: conditions of jobs and steps"
                    : "only in the keys of a step (run, with, env, if, name, working-directory …)";
            report(Kind.AVAILABILITY, call.start(), call.nameEnd(), function.name() + "() is available " + where
                    + ", not in " + site.place().key(), null);
        }
        checkArguments(call, function, arguments);
        if (function.name().equals("case")) {
            ExprType result = null;
            for (int i = 1; i < count; i += 2) {
                result = result == null ? arguments.get(i) : ExprTypes.union(result, arguments.get(i));
            }
            return ExprTypes.union(result, arguments.get(count - 1));
        }
        return function.returns();
    }

    private void checkArguments(Call call, Functions.Function function, List<ExprType> types) {
        List<ExprNode> args = call.arguments();
        switch (function.name()) {
            case "startsWith", "endsWith" -> {
                needsString(function, args, types, 0);
                needsString(function, args, types, 1);
            }
            case "contains" -> {
                if (types.get(0) instanceof ObjectType) {
                    argumentProblem(function, args.get(0), 0, "an object", "a string or an array");
                }
                needsString(function, args, types, 1);
            }
            case "join" -> {
                if (types.get(0) instanceof ObjectType) {
                    argumentProblem(function, args.get(0), 0, "an object", "an array or a string");
                }
                if (args.size() > 1) {
                    needsString(function, args, types, 1);
                }
            }
            case "format" -> {
                needsString(function, args, types, 0);
                if (args.get(0) instanceof Literal literal && literal.string().isPresent()) {
                    checkFormat(call, literal, args.size() - 1);
                }
            }
            case "fromJSON" -> {
                needsString(function, args, types, 0);
                if (args.get(0) instanceof Literal literal && literal.string().isPresent()) {
                    String problem = Json.problem(literal.string().get());
                    if (problem != null) {
                        report(Kind.FUNCTION, literal.start(), literal.end(),
                                "fromJSON() is given a literal that is not JSON: " + problem, null);
                    }
                }
            }
            case "hashFiles" -> {
                for (int i = 0; i < args.size(); i++) {
                    needsString(function, args, types, i);
                }
            }
            default -> {
            }
        }
    }

    private void needsString(Functions.Function function, List<ExprNode> args, List<ExprType> types, int i) {
        ExprType type = types.get(i);
        if (ExprTypes.isComposite(type)) {
            argumentProblem(function, args.get(i), i, "an " + type.describe(), "a string");
        }
    }

    private void argumentProblem(Functions.Function function, ExprNode argument, int i, String actual, String wanted) {
        report(Kind.FUNCTION, argument.start(), argument.end(), "Argument " + (i + 1) + " of " + function.name()
                + "() is " + actual + " (\"" + text(argument) + "\"); it takes " + wanted, null);
    }

    /** {@code {N}} placeholders against the number of values; {@code {{} and {@code }}} are literal braces. */
    private void checkFormat(Call call, Literal literal, int values) {
        String format = literal.string().get();
        TreeSet<Integer> used = new TreeSet<>();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '{') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '{') {
                    i++;
                    continue;
                }
                int close = format.indexOf('}', i);
                String inside = close < 0 ? "" : format.substring(i + 1, close);
                if (close < 0 || !inside.matches("[0-9]{1,9}")) {
                    report(Kind.FUNCTION, literal.start(), literal.end(), "format() string has a \"{\" that opens no"
                            + " {N} placeholder; write \"{{\" for a literal brace", null);
                    return;
                }
                used.add(Integer.parseInt(inside));
                i = close;
            } else if (c == '}') {
                if (i + 1 < format.length() && format.charAt(i + 1) == '}') {
                    i++;
                    continue;
                }
                report(Kind.FUNCTION, literal.start(), literal.end(), "format() string has a lone \"}\"; write \"}}\" for"
                        + " a literal brace", null);
                return;
            }
        }
        for (int index : used) {
            if (index >= values) {
                report(Kind.FUNCTION, literal.start(), literal.end(), "format() placeholder {" + index + "} has no value: "
                        + values + (values == 1 ? " value is" : " values are") + " given", null);
                return;
            }
        }
        for (int i = 0; i < values; i++) {
            if (!used.contains(i)) {
                ExprNode unused = call.arguments().get(i + 1);
                report(Kind.FUNCTION, unused.start(), unused.end(), "format() value " + (i + 1) + " (\"" + text(unused)
                        + "\") is never used: the string has no {" + i + "}", null);
            }
        }
    }

    private String text(ExprNode node) {
        return site.scalar().value().substring(node.start(), node.end());
    }

    private void report(Kind kind, int start, int end, String message, String replacement) {
        problems.add(new ExpressionProblem(kind, site, start, end, message, replacement));
    }
}
