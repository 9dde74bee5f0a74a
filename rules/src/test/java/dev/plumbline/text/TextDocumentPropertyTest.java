package dev.plumbline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random edit sequences applied to a snapshot give the same text as the same edits applied to a
 * plain string, and the same line index as one built fresh from that text.
 */
class TextDocumentPropertyTest {

    private static final String[] PIECES = {
        "a", "bc", " ", "\t", "\n", "\r\n", "\r", "\uD83D\uDE00", "é", "\uFEFF", "RUN x \\\n", "key: v\n", "",
    };

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomEditSequencesMatchAPlainStringAndAFreshIndex(long seed) {
        Random random = new Random(seed);
        String plain = randomText(random, random.nextInt(12));
        TextDocument doc = TextDocument.of("file:///t", plain);
        for (int step = 0; step < 40; step++) {
            List<TextEdit> changes = new ArrayList<>();
            int changeCount = 1 + random.nextInt(3);
            for (int c = 0; c < changeCount; c++) {
                // a position cannot point between the \r and \n of one line break
                int a = outsideLineBreak(plain, random.nextInt(plain.length() + 1));
                int b = outsideLineBreak(plain, Math.min(plain.length(), a + random.nextInt(6)));
                String inserted = randomText(random, random.nextInt(3));
                LineIndex fresh = LineIndex.of(plain);
                changes.add(new TextEdit(new Range(fresh.positionAt(a), fresh.positionAt(b)), inserted));
                plain = plain.substring(0, a) + inserted + plain.substring(b);
            }
            doc = doc.applyChanges(changes, step + 1);
            assertEquals(plain, doc.text(), "text after step " + step);
            assertEquals(LineIndex.of(plain), doc.lineIndex(), "line index after step " + step);
            assertEquals(step + 1, doc.version());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void positionsAndOffsetsRoundTrip(long seed) {
        Random random = new Random(seed);
        String text = randomText(random, 1 + random.nextInt(20));
        TextDocument doc = TextDocument.of("file:///t", text);
        for (int offset = 0; offset <= text.length(); offset++) {
            Position position = doc.positionAt(offset);
            boolean insideLineBreak = offset > 0 && offset < text.length()
                    && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
            if (!insideLineBreak) {
                assertEquals(offset, doc.offsetAt(position), "offset " + offset + " in " + escape(text));
            }
        }
    }

    private static int outsideLineBreak(String text, int offset) {
        boolean inside = offset > 0 && offset < text.length()
                && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
        return inside ? offset - 1 : offset;
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
