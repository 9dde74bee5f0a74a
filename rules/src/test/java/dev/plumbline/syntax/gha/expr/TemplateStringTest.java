package dev.plumbline.syntax.gha.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateStringTest {

    private static List<String> inner(TemplateString template) {
        return template.embedded().stream().map(e -> e.expression().text()).toList();
    }

    @Test
    void findsEachExpression() {
        TemplateString t = TemplateString.parse("echo ${{ github.sha }} and ${{matrix.os}}!");
        assertEquals(List.of("github.sha", "matrix.os"), inner(t));
        assertEquals(5, t.embedded().get(0).open());
        assertEquals(22, t.embedded().get(0).close());
        assertFalse(t.isSingleExpression());
    }

    @Test
    void closingBracesInsideAStringLiteralDoNotClose() {
        TemplateString t = TemplateString.parse("${{ format('{{0}}{0}', 'a''}}') }} tail");
        assertEquals(List.of("format('{{0}}{0}', 'a''}}')"), inner(t));
        assertTrue(t.embedded().get(0).expression().isValid());
    }

    @Test
    void unclosedExpressionStopsTheScan() {
        TemplateString t = TemplateString.parse("a ${{ x }} b ${{ y");
        assertEquals(List.of("x"), inner(t));
        assertEquals(13, t.unclosed());
    }

    @Test
    void singleExpressionAllowsSurroundingWhitespaceOnly() {
        assertTrue(TemplateString.parse("  ${{ a }}\n").isSingleExpression());
        assertFalse(TemplateString.parse("${{ a }} ${{ b }}").isSingleExpression());
        assertFalse(TemplateString.parse("x${{ a }}").isSingleExpression());
        assertFalse(TemplateString.parse("plain").hasExpressions());
    }
}
