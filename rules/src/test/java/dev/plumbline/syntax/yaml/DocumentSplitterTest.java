package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.text.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSplitterTest {

    private static List<String> texts(String text) {
        return DocumentSplitter.split(text).stream().map(YamlSegment::text).toList();
    }

    @Test
    void splitsAtStartAndEndMarkersOnly() {
        assertEquals(List.of("a: 1\n", "--- # first\nb: 2\n...  # done\n", "c: 3\n"),
                texts("a: 1\n--- # first\nb: 2\n...  # done\nc: 3\n"));
    }

    @Test
    void markersNeedColumnZeroAndABlankAfter() {
        assertEquals(List.of("a: |\n  ---\n---x: 1\n"), texts("a: |\n  ---\n---x: 1\n"));
    }

    @Test
    void keepsCrlfAndLoneCrLineBreaksInsideSegments() {
        List<YamlSegment> crlf = DocumentSplitter.split("a: 1\r\n---\r\nb: 2\r\n");
        assertEquals(List.of(new YamlSegment("a: 1\r\n", 0, 0), new YamlSegment("---\r\nb: 2\r\n", 6, 1)), crlf);
        List<YamlSegment> cr = DocumentSplitter.split("a: 1\r---\rb: 2\r");
        assertEquals(List.of(new YamlSegment("a: 1\r", 0, 0), new YamlSegment("---\rb: 2\r", 5, 1)), cr);
        YamlFile file = YamlParser.parse("a: 1\r---\rb: 2\r");
        assertEquals(Range.of(2, 3, 2, 4), file.documents().get(1).rootMapping().orElseThrow().get("b").orElseThrow().range());
    }

    @Test
    void aBomDoesNotHideTheFirstMarker() {
        assertEquals(List.of("\uFEFF---\na: 1\n", "---\nb: 2\n"), texts("\uFEFF---\na: 1\n---\nb: 2\n"));
    }

    @Test
    void contentAfterTheLastMarkerIsOneSegment() {
        assertEquals(List.of("---\n", "---\n"), texts("---\n---\n"));
        assertEquals(List.of(""), texts(""));
        assertEquals(List.of("a: 1\n...\n"), texts("a: 1\n...\n"));
    }
}
