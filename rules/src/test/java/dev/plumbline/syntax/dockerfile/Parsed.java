package dev.plumbline.syntax.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.function.Function;

/** Test helpers: parse inline sources and compare ranges against {@code «…»} markers. */
final class Parsed {

    private Parsed() {
    }

    static Dockerfile parse(String text) {
        return DockerfileParser.parse(TextDocument.of("file:///project/Dockerfile", text));
    }

    /** Parses {@code marked} without its markers and checks {@code actual} gives exactly the marked ranges. */
    static Dockerfile assertRanges(String marked, Function<Dockerfile, List<Range>> actual) {
        MarkedSource source = MarkedSource.parse(marked);
        Dockerfile dockerfile = parse(source.text());
        assertEquals(source.ranges().stream().map(Range::toString).toList(),
                actual.apply(dockerfile).stream().map(Range::toString).toList());
        return dockerfile;
    }

    static <T extends Instruction> T only(Dockerfile dockerfile, Class<T> type) {
        List<T> matching = dockerfile.instructions().stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, matching.size(), () -> "instructions: " + dockerfile.instructions());
        return matching.get(0);
    }

    static List<String> values(List<Word> words) {
        return words.stream().map(Word::value).toList();
    }
}
