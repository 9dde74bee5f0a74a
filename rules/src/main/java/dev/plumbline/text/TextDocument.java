package dev.plumbline.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of one document: its URI, the client's language id ("" when unknown), a
 * version and the text with its {@link LineIndex}. Edits return a new snapshot.
 */
public final class TextDocument {

    private final String uri;
    private final String languageId;
    private final int version;
    private final String text;
    private final LineIndex lines;
    private String separator; // computed on first use; a racy publish computes the same value
    /** Stands for this snapshot's text in {@link Change#from()} of the snapshots edited from it. */
    private final Object snapshot = new Object();
    private final Change change;

    /**
     * How this snapshot's text differs from the one it was edited from: everything before
     * {@code start} and from {@code oldEnd} (there; {@code newEnd} here) on is the same, so a parser
     * can skip comparing texts to find what an edit touched.
     *
     * @param from the {@link #snapshot()} of the text edited
     */
    public record Change(Object from, int start, int oldEnd, int newEnd) {
    }

    private TextDocument(String uri, String languageId, int version, String text, LineIndex lines) {
        this(uri, languageId, version, text, lines, null);
    }

    private TextDocument(String uri, String languageId, int version, String text, LineIndex lines, Change change) {
        this.change = change;
        this.uri = Objects.requireNonNull(uri, "uri");
        this.languageId = languageId == null ? "" : languageId;
        this.version = version;
        this.text = Objects.requireNonNull(text, "text");
        this.lines = lines;
    }

    public static TextDocument of(String uri, String languageId, int version, String text) {
        return new TextDocument(uri, languageId, version, text, LineIndex.of(text));
    }

    public static TextDocument of(String uri, String text) {
        return of(uri, "", 0, text);
    }

    /**
     * Applies editor changes one after the other, each relative to the text the previous one left
     * (LSP {@code didChange} semantics). Out-of-range positions are clamped as LSP prescribes, and a
     * range given end-first is read in order, so no edit is ever dropped.
     */
    public TextDocument applyChanges(List<TextEdit> changes, int newVersion) {
        String current = text;
        LineIndex index = lines;
        // the changed span so far: [from, oldEnd) of this text became [from, newEnd) of current
        int from = Integer.MAX_VALUE;
        int oldEnd = 0;
        int newEnd = 0;
        for (TextEdit change : changes) {
            int a = index.offsetAt(change.range().start(), current);
            int b = index.offsetAt(change.range().end(), current);
            int start = Math.min(a, b);
            int end = Math.max(a, b);
            String next = current.substring(0, start) + change.newText() + current.substring(end);
            if (from == Integer.MAX_VALUE) {
                from = start;
                oldEnd = end;
                newEnd = start + change.newText().length();
            } else {
                // past the span, current and this text differ by (newEnd - oldEnd)
                oldEnd = Math.max(oldEnd, end - (newEnd - oldEnd));
                newEnd = Math.max(newEnd, end) + change.newText().length() - (end - start);
                from = Math.min(from, start);
            }
            index = index.afterEdit(start, end, change.newText(), next);
            current = next;
        }
        Change span = from == Integer.MAX_VALUE ? null : new Change(snapshot, from, oldEnd, newEnd);
        return new TextDocument(uri, languageId, newVersion, current, index, span);
    }

    /** What stands for this snapshot's text in the {@link Change} of a snapshot edited from it. */
    public Object snapshot() {
        return snapshot;
    }

    /** How this snapshot's text differs from the one {@link #applyChanges} made it from; empty for other snapshots. */
    public java.util.Optional<Change> change() {
        return java.util.Optional.ofNullable(change);
    }

    /**
     * Applies edits that all refer to this snapshot (LSP {@code WorkspaceEdit} semantics), e.g. the
     * edits of one quick fix.
     *
     * @throws IllegalArgumentException when two edits overlap
     */
    public TextDocument applyEdits(List<TextEdit> edits, int newVersion) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            spans.add(new int[] {offsetAt(edits.get(i).range().start()), offsetAt(edits.get(i).range().end()), i});
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]).thenComparingInt(s -> s[2]));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        for (int[] span : spans) {
            if (span[0] < copied) {
                throw new IllegalArgumentException("overlapping edits at offset " + span[0]);
            }
            out.append(text, copied, span[0]).append(edits.get(span[2]).newText());
            copied = Math.max(copied, span[1]);
        }
        out.append(text, copied, text.length());
        return of(uri, languageId, newVersion, out.toString());
    }

    public TextDocument withText(String newText, int newVersion) {
        return of(uri, languageId, newVersion, newText);
    }

    public String uri() {
        return uri;
    }

    public String languageId() {
        return languageId;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public LineIndex lineIndex() {
        return lines;
    }

    public int lineCount() {
        return lines.lineCount();
    }

    public Position positionAt(int offset) {
        return lines.positionAt(offset);
    }

    public int offsetAt(Position position) {
        return lines.offsetAt(position, text);
    }

    public Range rangeOf(int startOffset, int endOffset) {
        return new Range(positionAt(startOffset), positionAt(endOffset));
    }

    public String textOf(Range range) {
        return text.substring(offsetAt(range.start()), offsetAt(range.end()));
    }

    /** The line's text without its line break. */
    public String lineText(int line) {
        return text.substring(lines.lineStart(line), lines.lineContentEnd(line, text));
    }

    /** The range covering the line's content, without its line break. */
    public Range lineRange(int line) {
        return rangeOf(lines.lineStart(line), lines.lineContentEnd(line, text));
    }

    /** The line break the document uses most ("\n" when it has none). */
    public String lineSeparator() {
        String known = separator;
        if (known == null) {
            known = countSeparators();
            separator = known;
        }
        return known;
    }

    private String countSeparators() {
        if (text.indexOf('\r') < 0) {
            return "\n";
        }
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > 0 && text.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    @Override
    public String toString() {
        return uri + "@" + version + " (" + text.length() + " chars)";
    }
}
