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
        return split(text, 0, text.length(), 0).segments();
    }

    /**
     * The segments of {@code text[from, to)}, where {@code from} starts a segment of the whole text
     * (the file start, a {@code ---} line that opens a document, or the line after a {@code ...})
     * on file line {@code startLine}: the same cuts the whole text gets there.
     */
    static Split split(String text, int from, int to, int startLine) {
        List<YamlSegment> segments = new ArrayList<>();
        int segmentStart = from;
        int segmentLine = startLine;
        boolean hasContent = false;   // a line that is neither blank, comment nor directive
        boolean hasStartMarker = false;
        int line = startLine;
        int pos = from;
        int n = to;
        while (pos < n) {
            int contentStart = pos == 0 && text.charAt(0) == '\uFEFF' ? 1 : pos;
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
        boolean closed = segmentStart == n;
        if (segmentStart < n || (segments.isEmpty() && from == 0 && to == text.length())) {
            segments.add(new YamlSegment(text.substring(segmentStart, n), segmentStart, segmentLine));
        }
        return new Split(segments, closed, hasContent || hasStartMarker, line);
    }

    /**
     * Segments of a stretch of text and how it ends.
     *
     * @param closed the stretch ended right after a {@code ...} line (or was empty): whatever follows starts afresh
     * @param splitsAtMarker a {@code ---} line right after the stretch would start a new segment
     * @param endLine the file line just after the stretch
     */
    record Split(List<YamlSegment> segments, boolean closed, boolean splitsAtMarker, int endLine) {
    }

    /** True when {@code text} has a {@code ---} document marker line starting at {@code offset}. */
    static boolean startsWithMarker(String text, int offset) {
        int end = offset;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return isMarker(text, offset, end, '-');
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
