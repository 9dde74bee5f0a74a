package dev.plumbline.syntax.gha.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.gha.expr.ExprNode.Binary;
import dev.plumbline.syntax.gha.expr.ExprNode.Call;
import dev.plumbline.syntax.gha.expr.ExprNode.Literal;
import dev.plumbline.syntax.gha.expr.ExprNode.Not;
import dev.plumbline.syntax.gha.expr.ExprNode.Operator;
import dev.plumbline.syntax.gha.expr.ExprNode.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExprParserTest {

    /** A compact rendering of the tree: calls and operators in prefix form, paths dotted. */
    private static String shape(ExprNode node) {
        if (node instanceof Literal l) {
            return l.kind() == Literal.Kind.STRING ? "'" + l.value() + "'" : String.valueOf(l.value());
        }
        if (node instanceof ExprNode.ContextRef r) {
            return r.name();
        }
        if (node instanceof Property p) {
            return shape(p.receiver()) + "." + p.name();
        }
        if (node instanceof ExprNode.Filter f) {
            return shape(f.receiver()) + ".*";
        }
        if (node instanceof ExprNode.Index i) {
            return shape(i.receiver()) + "[" + shape(i.index()) + "]";
        }
        if (node instanceof Call c) {
            return c.name() + "(" + String.join(", ", c.arguments().stream().map(ExprParserTest::shape).toList()) + ")";
        }
        if (node instanceof Not n) {
            return "!" + shape(n.operand());
        }
        Binary b = (Binary) node;
        return "(" + shape(b.left()) + " " + b.operator().symbol() + " " + shape(b.right()) + ")";
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
        "github.event.pull_request.head.ref ~ github.event.pull_request.head.ref",
        "a || b && c ~ (a || (b && c))",
        "a && b || c ~ ((a && b) || c)",
        "!a == b ~ (!a == b)",
        "a == b && c != d ~ ((a == b) && (c != d))",
        "a < 1 == b >= 2 ~ ((a < 1.0) == (b >= 2.0))",
        "(a || b) && c ~ ((a || b) && c)",
        "github.event.commits.*.message ~ github.event.commits.*.message",
        "needs.*.result ~ needs.*.result",
        "matrix['node-version'] ~ matrix['node-version']",
        "steps.my-step.outputs.x-y ~ steps.my-step.outputs.x-y",
        "contains(fromJSON('[\"a\"]'), github.ref) ~ contains(fromJSON('[\"a\"]'), github.ref)",
        "toJson(github) ~ toJson(github)",
        "success() ~ success()",
        "format('{0}', 'it''s') ~ format('{0}', 'it's')",
        "fromJSON(x).a[0].b ~ fromJSON(x).a[0.0].b",
        "-1 ~ -1.0",
        "0x1F == 31 ~ (31.0 == 31.0)",
        "1.5e3 ~ 1500.0",
        "null ~ null",
        "true && false ~ (true && false)",
        "NaN ~ NaN",
        "a.true ~ a.true"})
    void parsesWithGitHubsPrecedence(String source, String expected) {
        Expression expression = Expression.parse(source);
        assertTrue(expression.isValid(), () -> expression.error().message());
        assertEquals(expected, shape(expression.root()));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '`', value = {
        "\"main\" ~ 0 ~ 6 ~ double quotes",
        "a = b ~ 2 ~ 3 ~ \"==\"",
        "a & b ~ 2 ~ 3 ~ \"&&\"",
        "a | b ~ 2 ~ 3 ~ \"||\"",
        "(a || b ~ 0 ~ 1 ~ to close the parenthesis",
        "f(a, b ~ 1 ~ 2 ~ to close the call",
        "a. ~ 1 ~ 2 ~ property name",
        "a[0 ~ 1 ~ 2 ~ to close the index",
        "'abc ~ 0 ~ 4 ~ never closed",
        "a b ~ 2 ~ 3 ~ after the end",
        "1.2.3 ~ 0 ~ 5 ~ not a number",
        "a # b ~ 2 ~ 3 ~ Unexpected character",
        "== a ~ 0 ~ 2 ~ where a value is expected"})
    void reportsSyntaxErrorsWithTheirSpan(String source, int start, int end, String fragment) {
        Expression expression = Expression.parse(source);
        assertFalse(expression.isValid());
        Expression.SyntaxError error = expression.error();
        assertTrue(error.message().contains(fragment), error.message());
        assertEquals(List.of(start, end), List.of(error.start(), error.end()), error.message());
    }

    @Test
    void emptyExpressionIsAnError() {
        assertEquals("Expression is empty", Expression.parse("  ").error().message());
    }

    @Test
    void offsetsAreIntoTheWholeSource() {
        String source = "x ${{ github.head_ref }} y";
        Expression expression = Expression.parse(source, 5, 22);
        Property property = assertInstanceOf(Property.class, expression.root());
        assertEquals("github.head_ref", source.substring(property.start(), property.end()));
        assertEquals("head_ref", source.substring(property.nameStart(), property.end()));
        assertEquals("github.head_ref", expression.text());
    }

    @Test
    void nodeAtFindsTheDeepestNode() {
        Expression expression = Expression.parse("contains(github.ref, 'x')");
        assertEquals("github", expression.textOf(expression.nodeAt(10).orElseThrow()));
        assertEquals("github.ref", expression.textOf(expression.nodeAt(17).orElseThrow()));
        assertInstanceOf(Call.class, expression.nodeAt(2).orElseThrow());
    }

    @Test
    void accessPathsReadIndexesAndFilters() {
        assertEquals("github.event.commits.*.message",
                Expression.parse("github.event.commits[0].message").root().path().orElseThrow().toString());
        assertEquals("github.event.issue.title",
                Expression.parse("github['event'].issue['title']").root().path().orElseThrow().toString());
        AccessPath computed = Expression.parse("secrets[format('{0}', x)]").root().path().orElseThrow();
        assertTrue(computed.computed());
        assertTrue(Expression.parse("fromJSON(x).a").root().path().isEmpty());
    }

    @Test
    void binaryRecordsItsOperator() {
        Binary binary = assertInstanceOf(Binary.class, Expression.parse("a  !=  b").root());
        assertEquals(Operator.NE, binary.operator());
        assertEquals(3, binary.operatorStart());
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 99})
    void nestingWithinTheLimitParses(int depth) {
        assertTrue(Expression.parse("(".repeat(depth) + "a" + ")".repeat(depth)).isValid());
        assertTrue(Expression.parse("!".repeat(depth) + "a").isValid());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        Expression expression = Expression.parse("(".repeat(100_000) + "a" + ")".repeat(100_000));
        assertNotNull(expression.error());
        assertTrue(Expression.parse("f(".repeat(50_000)).error() != null);
        assertTrue(Expression.parse("a" + "[0]".repeat(100_000)).isValid());
    }

    @Test
    void garbageNeverThrows() {
        Random random = new Random(7);
        String alphabet = "ab.*[]()'\"!=<>&|, 0x1e-_${}";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Expression expression = Expression.parse(text.toString());
            assertTrue(expression.isValid() ^ expression.error() != null, text::toString);
            if (expression.error() != null) {
                assertTrue(expression.error().start() <= expression.error().end(), text::toString);
                assertTrue(expression.error().end() <= text.length(), text::toString);
            }
            TemplateString.parse("${{ " + text + " }}");
        }
    }
}
