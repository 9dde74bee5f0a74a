package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed input: one problem with a small exact range and a readable message; the other documents still parse. */
class YamlProblemsTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("tab indentation", "a: 1\n«\t»b: 2\n", YamlProblem.Kind.SYNTAX, "Tabs cannot indent YAML; use spaces"),
                Arguments.of("tab before a sequence", "a:\n«\t»- x\n", YamlProblem.Kind.SYNTAX, "Tabs cannot indent"),
                Arguments.of("unclosed double quote", "a: «\"unclosed»\nb: 2\n", YamlProblem.Kind.SYNTAX,
                        "Unclosed double-quoted string: the closing quote is missing"),
                Arguments.of("unclosed single quote", "a: «'x»\n", YamlProblem.Kind.SYNTAX, "Unclosed single-quoted string"),
                Arguments.of("unclosed flow sequence", "a: «[»1, 2\nb: 3\n", YamlProblem.Kind.SYNTAX,
                        "Unclosed '[': expected ',' or ']' before ':' at"),
                Arguments.of("unclosed flow mapping", "a: «{»x: 1\nb: 2\n", YamlProblem.Kind.SYNTAX, "Unclosed '{'"),
                Arguments.of("bad indentation", "a:\n  b: 1\n «c: 2»\n", YamlProblem.Kind.SYNTAX,
                        "Bad indentation: a mapping entry cannot start here (the enclosing block mapping starts at"),
                Arguments.of("mapping after a sequence", "- a\n«b: 1»\n", YamlProblem.Kind.SYNTAX,
                        "Bad indentation: a mapping entry cannot start here (the enclosing block sequence"),
                Arguments.of("sequence item in a mapping", "a: b\n«- c»\n", YamlProblem.Kind.SYNTAX,
                        "Bad indentation: a sequence item '-' cannot start here"),
                Arguments.of("colon inside a plain value", "a: b«:» c\n", YamlProblem.Kind.SYNTAX, "Unexpected ':' here"),
                Arguments.of("over-indented mapping", "a: b\n  c«:» d\n", YamlProblem.Kind.SYNTAX, "Unexpected ':' here"),
                Arguments.of("reserved character", "a: «@x»\n", YamlProblem.Kind.SYNTAX, "'@' is reserved in YAML"),
                Arguments.of("unknown escape", "a: \"«\\q»\"\n", YamlProblem.Kind.SYNTAX, "Unknown escape sequence '\\q'"),
                Arguments.of("text after a quoted value", "a: 'x' «y»\n", YamlProblem.Kind.SYNTAX, "Unexpected text here"),
                Arguments.of("control character", "a: 1«\u0007»\n", YamlProblem.Kind.SYNTAX, "Character U+0007 is not allowed"),
                Arguments.of("bad block scalar header", "a: |«x»\n  t\n", YamlProblem.Kind.SYNTAX,
                        "Expected chomping or indentation indicators, but found 'x' in a block scalar header"),
                Arguments.of("anchor without a name", "a: «&»\n", YamlProblem.Kind.SYNTAX, "Expected an anchor name after '&'"),
                Arguments.of("undefined tag handle", "a: «!e!x» y\n", YamlProblem.Kind.SYNTAX, "Found undefined tag handle !e!"),
                Arguments.of("text after a flow collection", "a: [b, c]«d»\n", YamlProblem.Kind.SYNTAX, "Unexpected text here"),
                Arguments.of("text after the document", "{a: 1} «x»\n", YamlProblem.Kind.SYNTAX,
                        "Found text after the end of the document"),
                Arguments.of("multi-line quoted key", "a: 1\n«'b»\n c': 2\n", YamlProblem.Kind.SYNTAX,
                        "Expected ':' after this key (a key must fit on one line)"),
                Arguments.of("undefined alias", "a: «*nope»\n", YamlProblem.Kind.UNDEFINED_ALIAS,
                        "Alias \"*nope\" has no anchor \"&nope\" before it in this document"),
                Arguments.of("recursive alias", "a: &x [«*x»]\n", YamlProblem.Kind.RECURSIVE_ALIAS, "Alias \"*x\" refers to a node that contains it"),
                Arguments.of("duplicate key", "a: 1\n«a»: 2\n", YamlProblem.Kind.DUPLICATE_KEY, "Duplicate key \"a\" (first defined at 4:1)"),
                Arguments.of("surrogate pairs before the error", "😀: «\"😀»\n", YamlProblem.Kind.SYNTAX, "Unclosed double-quoted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void oneProblemWithAnExactRangeAndTheOtherDocumentsStillParse(String name, String marked, YamlProblem.Kind kind,
            String messageStart) {
        MarkedSource src = MarkedSource.parse("first: 1\n---\n# the broken one\n" + marked + "---\nlast: 3\n");
        YamlFile file = YamlParser.parse(src.text());
        assertEquals(3, file.documents().size());
        List<YamlProblem> problems = file.problems();
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        YamlProblem problem = problems.get(0);
        assertEquals(kind, problem.kind());
        assertEquals(src.ranges().get(0), problem.range(), problem::toString);
        assertTrue(problem.message().startsWith(messageStart), problem::message);
        assertTrue(!problem.message().contains("\n"), "one line");
        assertEquals("1", file.documents().get(0).rootMapping().orElseThrow().getText("first").orElseThrow());
        assertEquals("3", file.documents().get(2).rootMapping().orElseThrow().getText("last").orElseThrow());
        assertTrue(file.documents().get(1).problems().contains(problem));
    }

    @Test
    void aBrokenDocumentKeepsWhatCameBeforeTheError() {
        YamlDocument doc = YamlParser.parse("a: 1\nb:\n  c: [x\nd: 4\n").documents().get(0);
        assertTrue(doc.isTruncated());
        YamlMapping root = doc.rootMapping().orElseThrow();
        assertEquals("1", root.getText("a").orElseThrow());
        assertTrue(root.getMapping("b").isPresent());
    }

    @Test
    void snakeyamlAcceptsABareDocumentAfterDocumentEndAsYaml12Does() {
        YamlFile file = YamlParser.parse("a: 1\n...\nb\n");
        assertEquals(List.of(), file.problems());
        assertEquals(2, file.documents().size());
    }

    @Test
    void unsupportedVersionIsAProblemOnTheDirective() {
        YamlProblem problem = YamlParser.parse("%YAML 2.0\n---\na\n").problems().get(0);
        assertEquals(Range.of(0, 0, 0, 9), problem.range());
    }

    /** Random YAML-ish garbage: never an exception, every range inside the text, scalar content always computable. */
    @Test
    void garbageNeverThrows() {
        Random random = new Random(42);
        String alphabet = "ab :-?,[]{}#&*!|>'\"\\%@`\t\n\n  \r😀\u0007~.0";
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                text.appendCodePoint(cp);
            }
            checkSurvives(text.toString());
        }
    }

    /** Random sequences of YAML-shaped pieces: block scalars, markers, indentation, quotes, anchors. */
    @Test
    void shapedGarbageNeverThrows() {
        Random random = new Random(7);
        String[] pieces = {"key: ", "- ", "  ", "    ", "\n", "\r\n", "|\n", "|-\n", ">+\n", "|2\n", "---\n", "...\n",
            "# c\n", " # c", "'q'", "\"d\\n\"", "\"", "'", "&a ", "*a", "<<: ", "[x, ", "]", "{k: v", "}", "😀", "\t",
            "%YAML 1.2\n", "? ", ": ", "word", "${{ x }}", "\\\n"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            checkSurvives(text.toString());
        }
    }

    private static void checkSurvives(String input) {
        YamlFile file = YamlParser.parse(input);
        TextDocument doc = TextDocument.of("file:///g.yaml", input);
        Range whole = doc.rangeOf(0, input.length());
        for (YamlProblem problem : file.problems()) {
            assertTrue(whole.contains(problem.range()), () -> problem + " outside " + whole + " in " + input);
        }
        for (YamlDocument d : file.documents()) {
            d.root().ifPresent(root -> root.walk(node -> {
                assertTrue(whole.contains(node.fullRange()), () -> node + " outside the text of " + input);
                if (node instanceof YamlScalar s) {
                    ScalarContentTest.assertSelfConsistent(s, doc);
                }
                if ((node instanceof YamlScalar || node instanceof YamlAlias) && !node.range().isEmpty()) {
                    assertSame(node, d.nodeAt(node.range().start()).orElse(null),
                            () -> "nodeAt misses " + node + " in " + input.replace("\n", "\\n"));
                }
            }));
        }
        for (int line = 0; line < doc.lineCount(); line++) {
            file.pathAt(Position.of(line, 1));
            YamlSuppressions.scopeOfLine(file, doc, line);
        }
    }
}
