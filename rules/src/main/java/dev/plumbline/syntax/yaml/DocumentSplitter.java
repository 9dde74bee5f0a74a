package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a YAML stream into one segment per document, by lines alone. A {@code ---} or {@code ...} line
 * at column 0 always ends a document in YAML, even inside a block scalar or an unclosed quote, so the
 * cut needs no parsing. Comments, blank lines and directives before a {@code ---} stay with the
 * document that {@code ---} opens; anything after a {@code ...} starts the next segment.
 */
final class DocumentSplitter {

    private DocumentSplitter() {
    }

    static List<YamlSegment> split(String text) {
        List<YamlSegment> segments = new ArrayList<>();
        int segmentStart = 0;
        int segmentLine = 0;
        boolean hasContent = false;   // a line that is neither blank, comment nor directive
        boolean hasStartMarker = false;
        int line = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int contentStart = line == 0 && text.charAt(0) == '\uFEFF' ? 1 : pos;
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end;
            if (next < n) {
                next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
            }
            if (isMarker(text, contentStart, end, '-')) {
                if (hasContent || hasStartMarker) {
                    segments.add(new YamlSegment(text.substring(segmentStart, pos), segmentStart, segmentLine));
                    segmentStart = pos;
                    segmentLine = line;
                    hasContent = false;
                }
                hasStartMarker = true;
                hasContent = hasContentAfter(text, contentStart + 3, end);
            } else if (isMarker(text, contentStart, end, '.')) {
                segments.add(new YamlSegment(text.substring(segmentStart, next), segmentStart, segmentLine));
                segmentStart = next;
                segmentLine = line + 1;
                hasContent = false;
                hasStartMarker = false;
            } else if (!isBlankCommentOrDirective(text, contentStart, end)) {
                hasContent = true;
            }
            pos = next;
            line++;
        }
        if (segmentStart < n || segments.isEmpty()) {
            segments.add(new YamlSegment(text.substring(segmentStart), segmentStart, segmentLine));
        }
        return segments;
    }

    /** {@code ---} or {@code ...} at the line start, followed by whitespace or the end of the line. */
    private static boolean isMarker(String text, int start, int end, char c) {
        return end - start >= 3 && text.charAt(start) == c && text.charAt(start + 1) == c && text.charAt(start + 2) == c
                && (end - start == 3 || text.charAt(start + 3) == ' ' || text.charAt(start + 3) == '\t');
    }

    private static boolean hasContentAfter(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return false;
            }
            if (c != ' ' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlankCommentOrDirective(String text, int start, int end) {
        if (start < end && text.charAt(start) == '%') {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
