package dev.plumbline.syntax.shell;

import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Arrays;

/**
 * Text that was assembled from pieces of a document (a logical line joined over continuations, a
 * JSON string with its escapes decoded, a shell word with its quotes removed) together with the
 * way back: every character knows the document offsets it came from, so a span of this text has an
 * exact {@link Range} in the document.
 *
 * <p>The mapping is piecewise: a run of characters copied verbatim is one segment; a character
 * decoded from an escape ({@code \"}, {@code \u0041}) is a segment of its own that covers the whole
 * escape in the document. Immutable.
 */
public final class MappedText {

    private final TextDocument document;
    private final String text;
    private final int[] logicalStarts;
    private final int[] docStarts;
    private final int[] docLengths;
    private final int[] logicalLengths;
    private final int segments;
    private final int anchor;
    /**
     * Where the last lookups landed. Callers mostly walk forward, so checking here first skips most
     * binary searches. Always validated before use, so a stale value (another thread) only costs time.
     */
    private int segmentHint;
    private int lineHint;

    private MappedText(TextDocument document, String text, int[] logicalStarts, int[] docStarts, int[] docLengths,
            int[] logicalLengths, int segments, int anchor) {
        this.document = document;
        this.text = text;
        this.logicalStarts = logicalStarts;
        this.docStarts = docStarts;
        this.docLengths = docLengths;
        this.logicalLengths = logicalLengths;
        this.segments = segments;
        this.anchor = anchor;
    }

    /** The document text between two offsets, mapped one to one. */
    public static MappedText of(TextDocument document, int startOffset, int endOffset) {
        Builder builder = builder(document, startOffset);
        builder.addRun(startOffset, endOffset);
        return builder.build();
    }

    /** @param anchor the document offset an empty result sits at */
    public static Builder builder(TextDocument document, int anchor) {
        return new Builder(document, anchor);
    }

    public TextDocument document() {
        return document;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The document offset where character {@code index} starts; {@code length()} maps to the end. */
    public int startOffset(int index) {
        if (segments == 0) {
            return anchor;
        }
        if (index >= text.length()) {
            return endOffset(text.length());
        }
        int s = segmentOf(index);
        return isLinear(s) ? docStarts[s] + (index - logicalStarts[s]) : docStarts[s];
    }

    /**
     * The document offset just after character {@code index - 1}, i.e. where a span that ends at
     * {@code index} (exclusive) ends in the document. Spans ending before a continuation therefore end
     * on their own line, not at the start of the next one.
     */
    public int endOffset(int index) {
        if (segments == 0) {
            return anchor;
        }
        if (index <= 0) {
            return startOffset(0);
        }
        int last = Math.min(index, text.length()) - 1;
        int s = segmentOf(last);
        return isLinear(s) ? docStarts[s] + (last - logicalStarts[s]) + 1 : docStarts[s] + docLengths[s];
    }

    /** The document offset of the first character (or the anchor when empty). */
    public int startOffset() {
        return startOffset(0);
    }

    /** The document offset just after the last character (or the anchor when empty). */
    public int endOffset() {
        return endOffset(text.length());
    }

    /** The document range of [{@code from}, {@code to}). */
    public Range range(int from, int to) {
        int start = startOffset(from);
        int end = to <= from ? start : endOffset(to);
        return rangeOfOffsets(start, Math.max(start, end));
    }

    /** The document range between two document offsets. */
    private Range rangeOfOffsets(int start, int end) {
        return new Range(positionAt(start), positionAt(end));
    }

    private Position positionAt(int offset) {
        LineIndex lines = document.lineIndex();
        int hint = lineHint;
        for (int line = hint; line < Math.min(hint + 2, lines.lineCount()); line++) {
            if (lines.lineStart(line) <= offset && (offset < lines.lineEnd(line) || line == lines.lineCount() - 1)) {
                lineHint = line;
                return new Position(line, Math.min(offset, lines.length()) - lines.lineStart(line));
            }
        }
        Position position = lines.positionAt(offset);
        lineHint = position.line();
        return position;
    }

    /** The document range of the whole text. */
    public Range range() {
        return range(0, text.length());
    }

    /** A word over [{@code from}, {@code to}) whose value is the given (already unquoted) text. */
    public Word word(int from, int to, String value) {
        int start = startOffset(from);
        int end = to <= from ? start : Math.max(start, endOffset(to));
        String raw = value.length() == to - from && text.startsWith(value, from) ? value : text.substring(from, to);
        return new Word(raw, value, start, end, rangeOfOffsets(start, end));
    }

    /** A word over [{@code from}, {@code to}) whose value is its text. */
    public Word word(int from, int to) {
        return word(from, to, text.substring(from, to));
    }

    /** The part [{@code from}, {@code to}) with its mapping. */
    public MappedText slice(int from, int to) {
        Builder builder = new Builder(document, startOffset(from));
        if (from >= to) {
            return builder.build();
        }
        int s = segmentOf(from);
        int i = from;
        while (i < to) {
            int segEnd = Math.min(to, logicalStarts[s] + logicalLengths[s]);
            if (isLinear(s)) {
                int docStart = docStarts[s] + (i - logicalStarts[s]);
                builder.appendLinear(text, i, segEnd, docStart);
            } else {
                for (int k = i; k < segEnd; k++) {
                    builder.addDecoded(text.charAt(k), docStarts[s], docLengths[s]);
                }
            }
            i = segEnd;
            s++;
        }
        return builder.build();
    }

    private boolean isLinear(int segment) {
        return docLengths[segment] == logicalLengths[segment];
    }

    private int segmentOf(int index) {
        int hint = segmentHint;
        for (int s = hint; s < Math.min(hint + 2, segments); s++) {
            if (logicalStarts[s] <= index && (s + 1 == segments || index < logicalStarts[s + 1])) {
                segmentHint = s;
                return s;
            }
        }
        int i = Arrays.binarySearch(logicalStarts, 0, segments, index);
        int s = i >= 0 ? i : Math.max(0, -i - 2);
        segmentHint = s;
        return s;
    }

    /** The same text and mapping in {@code relocation}'s snapshot, offsets moved. */
    MappedText relocated(Relocation relocation) {
        int[] moved = Arrays.copyOf(docStarts, segments);
        for (int s = 0; s < segments; s++) {
            moved[s] += relocation.offsets();
        }
        // the other arrays never change after build(), so sharing them is safe
        return new MappedText(relocation.document(), text, logicalStarts, moved, docLengths, logicalLengths, segments,
                anchor + relocation.offsets());
    }

    @Override
    public String toString() {
        return text;
    }

    /** Collects characters with the document offsets they came from. */
    public static final class Builder {
        private final TextDocument document;
        private final int anchor;
        private final StringBuilder text = new StringBuilder();
        private int[] logicalStarts = new int[2];
        private int[] docStarts = new int[2];
        private int[] docLengths = new int[2];
        private int[] logicalLengths = new int[2];
        private int segments;

        private Builder(TextDocument document, int anchor) {
            this.document = document;
            this.anchor = anchor;
        }

        public int length() {
            return text.length();
        }

        /** Adds one character copied from document offset {@code docOffset}. */
        public Builder add(char c, int docOffset) {
            int last = segments - 1;
            if (last >= 0 && docLengths[last] == logicalLengths[last]
                    && docStarts[last] + docLengths[last] == docOffset) {
                docLengths[last]++;
                logicalLengths[last]++;
            } else {
                newSegment(docOffset, 1, 1);
            }
            text.append(c);
            return this;
        }

        /** Adds one character decoded from the escape that spans {@code docLength} characters at {@code docStart}. */
        public Builder addDecoded(char c, int docStart, int docLength) {
            if (docLength == 1) {
                return add(c, docStart);
            }
            newSegment(docStart, docLength, 1);
            text.append(c);
            return this;
        }

        /** Adds the document text between two offsets verbatim. */
        public Builder addRun(int startOffset, int endOffset) {
            if (endOffset > startOffset) {
                appendLinear(document.text(), startOffset, endOffset, startOffset);
            }
            return this;
        }

        /** Adds every character of {@code source} (another mapped text) in [{@code from}, {@code to}) with its mapping. */
        public Builder addFrom(MappedText source, int from, int to) {
            for (int i = from; i < to; i++) {
                int start = source.startOffset(i);
                int end = source.endOffset(i + 1);
                addDecoded(source.charAt(i), start, Math.max(1, end - start));
            }
            return this;
        }

        private void appendLinear(CharSequence source, int from, int to, int docStart) {
            int last = segments - 1;
            int len = to - from;
            if (last >= 0 && docLengths[last] == logicalLengths[last]
                    && docStarts[last] + docLengths[last] == docStart) {
                docLengths[last] += len;
                logicalLengths[last] += len;
            } else {
                newSegment(docStart, len, len);
            }
            text.append(source, from, to);
        }

        private void newSegment(int docStart, int docLength, int logicalLength) {
            if (segments == logicalStarts.length) {
                int n = segments * 2;
                logicalStarts = Arrays.copyOf(logicalStarts, n);
                docStarts = Arrays.copyOf(docStarts, n);
                docLengths = Arrays.copyOf(docLengths, n);
                logicalLengths = Arrays.copyOf(logicalLengths, n);
            }
            logicalStarts[segments] = text.length();
            docStarts[segments] = docStart;
            docLengths[segments] = docLength;
            logicalLengths[segments] = logicalLength;
            segments++;
        }

        public MappedText build() {
            return new MappedText(document, text.toString(), logicalStarts, docStarts, docLengths, logicalLengths,
                    segments, anchor);
        }
    }
}
