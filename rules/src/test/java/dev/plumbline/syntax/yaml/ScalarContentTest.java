package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Mapping characters of scalar values back to the file, as {@code run:} script rules need. */
class ScalarContentTest {

    /** Each case marks one span of the file; the scalar under key {@code v} must contain it and map it back exactly. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("literal", "v: |\n  echo a\n  «npm install»\n  echo b\n", "echo a\nnpm install\necho b\n"),
                Arguments.of("literal strip", "v: |-\n  x\n\n  «npm i»\n\n", "x\n\nnpm i"),
                Arguments.of("literal keep", "v: |+\n  «a»\n\n\nw: 1\n", "a\n\n\n"),
                Arguments.of("literal explicit indent", "v: |2\n    «indented»\n  base\n", "  indented\nbase\n"),
                Arguments.of("literal more indented lines", "x:\n  v: |\n    if a; then\n      «b»\n    fi\n", "if a; then\n  b\nfi\n"),
                Arguments.of("literal leading blank line", "v: |\n\n  «a»\n", "\na\n"),
                Arguments.of("literal with tabs inside", "v: |\n  a\t«b»\n", "a\tb\n"),
                Arguments.of("folded", "v: >\n  one\n  «two»\n\n  three\n", "one two\nthree\n"),
                Arguments.of("folded strip", "v: >-\n  one\n  «two»\n", "one two"),
                Arguments.of("folded spaced lines", "v: >\n  a\n    «b»\n  c\n", "a\n  b\nc\n"),
                Arguments.of("plain multi-line", "v: one\n  two\n\n  «three»\n", "one two\nthree"),
                Arguments.of("single quoted", "v: 'it''s «here»'\n", "it's here"),
                Arguments.of("single quoted multi-line", "v: 'a\n   «b»  '\n", "a b  "),
                Arguments.of("double quoted escapes", "v: \"a\\tb\\n«c»\\u00e9\"\n", "a\tb\nc\u00e9"),
                Arguments.of("double quoted escaped break", "v: \"ab\\\n   «cd»\"\n", "abcd"),
                Arguments.of("double quoted supplementary escape", "v: \"\\U0001F600 «x»\"\n", "😀 x"),
                Arguments.of("emoji in block scalar", "v: |\n  😀 «ok»\n", "😀 ok\n"),
                Arguments.of("literal at the end of a file without a line break", "v: |\n  a\n  «b»", "a\nb\n"),
                Arguments.of("plain at the end of a file", "v: «x»", "x"),
                Arguments.of("crlf literal", "v: |\r\n  a\r\n  «b»\r\n", "a\nb\n"),
                Arguments.of("crlf folded", "v: >\r\n  a\r\n  «b»\r\n", "a b\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsValueCharactersBackToTheirSource(String name, String marked, String expectedValue) {
        MarkedSource src = MarkedSource.parse(marked);
        YamlFile file = YamlParser.parse(src.text());
        assertEquals(List.of(), file.problems());
        YamlScalar scalar = file.documents().get(0).root().orElseThrow().descendants().stream()
                .filter(n -> n instanceof YamlMapping m && m.has("v"))
                .map(n -> ((YamlMapping) n).getScalar("v").orElseThrow())
                .findFirst().orElseThrow();
        assertEquals(expectedValue, scalar.value());
        ScalarContent content = scalar.content();
        assertTrue(content.exact(), "not exact: " + name);
        TextDocument doc = TextDocument.of("file:///t.yaml", src.text());
        String needle = doc.textOf(src.ranges().get(0));
        int at = scalar.value().indexOf(needle);
        assertTrue(at >= 0, needle + " in " + scalar.value());
        assertEquals(src.ranges().get(0), content.rangeOf(at, at + needle.length()));
        assertSelfConsistent(scalar, doc);
    }

    @Test
    void linesOfARunScriptHaveTheirOwnRanges() {
        String text = "steps:\n  - run: |\n      npm ci\n      npm test\n";
        YamlScalar run = YamlParser.parse(text).documents().get(0).root().orElseThrow()
                .at("steps", 0, "run").flatMap(YamlNode::asScalar).orElseThrow();
        List<ScalarContent.Line> lines = run.content().lines();
        assertEquals("npm test", lines.get(1).text());
        assertEquals(7, lines.get(1).offset());
        assertEquals(Range.of(3, 6, 3, 14), lines.get(1).range());
        assertEquals(Range.of(2, 6, 2, 6), run.content().rangeOf(0, 0));
        assertEquals(Range.of(1, 9, 3, 14), run.range(), "the value range ends at the last content character");
    }

    @Test
    void foldedSpaceMapsToTheLineBreakItReplaces() {
        YamlScalar v = YamlParser.parse("v: >\n  a\n  b\n").documents().get(0).rootMapping().orElseThrow()
                .getScalar("v").orElseThrow();
        assertEquals("a b\n", v.value());
        assertEquals(Range.of(1, 3, 2, 0), v.content().rangeOf(1, 2));
    }

    @Test
    void emptyValuesMapToWhereTheyWouldBe() {
        YamlMapping root = YamlParser.parse("a:\nb: \"\"\n").documents().get(0).rootMapping().orElseThrow();
        assertEquals(Range.of(0, 2, 0, 2), root.getScalar("a").orElseThrow().content().rangeOf(0, 0));
        assertEquals(Range.of(1, 4, 1, 4), root.getScalar("b").orElseThrow().content().rangeOf(0, 0));
    }

    @Test
    void explicitIndentationIndicatorsAreReadExactly() {
        YamlScalar v = YamlParser.parse("v: |1\n  a\n").documents().get(0).rootMapping().orElseThrow()
                .getScalar("v").orElseThrow();
        assertEquals(" a\n", v.value());
        assertTrue(v.content().exact());
        assertEquals(Range.of(1, 1, 1, 3), v.content().rangeOf(0, 2));
    }

    @Test
    void aValueOurReadingCannotReproduceFallsBackToTheWholeScalar() {
        Source source = new Source("v: abc\n", 0);
        YamlScalar odd = new YamlScalar(source, 3, 3, 6, 6, null, null, "xyz", ScalarStyle.PLAIN, ScalarType.STRING);
        ScalarContent content = odd.content();
        assertFalse(content.exact());
        assertEquals(Range.of(0, 3, 0, 6), content.rangeOf(1, 2));
        assertEquals(Position.of(0, 3), content.positionAt(2));
    }

    /**
     * Every value character maps to source text that produces it: itself, an escape, a doubled quote,
     * or (for whitespace) a line break or the blank it stands for.
     */
    static void assertSelfConsistent(YamlScalar scalar, TextDocument doc) {
        ScalarContent content = scalar.content();
        if (!content.exact()) {
            return;
        }
        String value = scalar.value();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String source = doc.textOf(content.rangeOf(i, i + 1));
            boolean ok = source.equals(String.valueOf(c))
                    || source.startsWith("\\")
                    || source.equals("''")
                    || Character.isSurrogate(c)
                    || ((c == '\n' || c == ' ') && source.matches("\\r?\\n|\\r"))
                    || (c == '\n' && source.isEmpty() && i == value.length() - 1); // final line feed at the end of the file
            if (!ok) {
                fail("value char " + i + " '" + c + "' of " + scalar + " maps to '" + source + "'");
            }
        }
    }
}
