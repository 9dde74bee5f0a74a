package dev.plumbline.syntax.yaml;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses YAML into positioned {@link YamlFile}s on snakeyaml-engine's event API (YAML 1.2, core
 * schema). The text is cut into one segment per document first and each segment is parsed on its
 * own, so a broken document never hides the others. Never throws on bad input and never expands
 * aliases; see {@link #MAX_DEPTH} and {@link #MAX_ALIAS_EXPANSION} for the bounds.
 */
public final class YamlParser {

    /** Collections nested deeper than this end the document's tree with a {@link YamlProblem.Kind#DEPTH_LIMIT}. */
    public static final int MAX_DEPTH = 256;

    /**
     * The most nodes the aliases of one document may stand for in total (each alias counts the
     * expanded size of its target). Aliases past it stay unresolved, with one
     * {@link YamlProblem.Kind#ALIAS_LIMIT}; so following every alias of a document visits at most its
     * written nodes plus this many.
     */
    public static final long MAX_ALIAS_EXPANSION = 100_000;

    private YamlParser() {
    }

    public static YamlFile parse(String text) {
        return parse(text, Cancellation.NONE);
    }

    public static YamlFile parse(TextDocument document) {
        return parse(document.text(), Cancellation.NONE);
    }

    public static YamlFile parse(TextDocument document, Cancellation cancellation) {
        return parse(document.text(), cancellation, document.snapshot());
    }

    /**
     * As {@link #reparse(String, YamlFile, Cancellation)}; when {@code document} was edited from the
     * very snapshot {@code previous} was parsed from, its {@link TextDocument.Change} says what
     * changed and the texts are not compared.
     */
    public static YamlFile reparse(TextDocument document, YamlFile previous, Cancellation cancellation) {
        TextDocument.Change change = document.change()
                .filter(c -> previous.snapshot() != null && c.from() == previous.snapshot()).orElse(null);
        if (change != null && previous.documents().size() == 1) {
            // one document (a workflow): re-parse only the entry the edit is in, when that is provably the same
            Optional<YamlDocument> spliced = EntryReparser.reparse(previous.documents().get(0), document.text(),
                    document.lineIndex(), change);
            if (spliced.isPresent()) {
                return new YamlFile(List.of(spliced.get()), document.snapshot());
            }
        }
        return reparse(document.text(), previous, change, document.snapshot(), cancellation);
    }

    /**
     * {@code parsed}, a parse of some other version of {@code document}, for {@code document} itself
     * when it has the very same text (an edit taken out again), with the document's snapshot, so the
     * next keystroke re-parses incrementally from it; empty when the texts differ.
     */
    public static Optional<YamlFile> reuse(TextDocument document, YamlFile parsed) {
        String text = document.text();
        int offset = 0;
        for (YamlDocument old : parsed.documents()) {
            if (!text.startsWith(old.text(), offset)) {
                return Optional.empty();
            }
            offset += old.text().length();
        }
        return offset == text.length() ? Optional.of(withSnapshot(parsed, document.snapshot())) : Optional.empty();
    }

    private static YamlFile withSnapshot(YamlFile file, Object snapshot) {
        return file.snapshot() == snapshot ? file : new YamlFile(file.documents(), snapshot);
    }

    /** @throws java.util.concurrent.CancellationException when {@code cancellation} fires between documents */
    public static YamlFile parse(String text, Cancellation cancellation) {
        return parse(text, cancellation, null);
    }

    private static YamlFile parse(String text, Cancellation cancellation, Object snapshot) {
        List<YamlDocument> documents = new ArrayList<>();
        for (YamlSegment segment : segments(text)) {
            cancellation.checkCanceled();
            documents.add(parseSegment(segment));
        }
        return new YamlFile(documents, snapshot);
    }

    /**
     * Parses {@code text} reusing what it can of {@code previous}, a parse of an earlier (or any
     * other) text of the same file: the documents before and after the changed stretch are kept as
     * they are, those after it moved to their new lines when the edit added or removed lines, and
     * only the documents the change touches are cut and parsed again. The result is the same as
     * {@link #parse(String, Cancellation)}.
     */
    public static YamlFile reparse(String text, YamlFile previous, Cancellation cancellation) {
        return reparse(text, previous, null, null, cancellation);
    }

    private static YamlFile reparse(String text, YamlFile previous, TextDocument.Change change, Object snapshot,
            Cancellation cancellation) {
        List<YamlDocument> old = previous.documents();
        int count = old.size();
        int first = 0;
        int offset = 0;
        int last = count - 1;
        int tailStart = text.length();
        if (change != null) {
            // the documents wholly before the change and wholly after it are the same text
            while (first < count && offset + old.get(first).text().length() <= change.start()) {
                offset += old.get(first).text().length();
                first++;
            }
            int oldTail = offset;
            int afterChange = first;
            while (afterChange < count && oldTail < change.oldEnd()) {
                oldTail += old.get(afterChange).text().length();
                afterChange++;
            }
            if (afterChange < count) {
                last = afterChange - 1; // first - 1 for an insertion right at a document start
                tailStart = change.newEnd() + (oldTail - change.oldEnd());
            }
        } else {
            // documents unchanged at the start (same text at the same offset) ...
            while (first < count && text.startsWith(old.get(first).text(), offset)) {
                offset += old.get(first).text().length();
                first++;
            }
            if (first == count && offset == text.length()) {
                return withSnapshot(previous, snapshot);
            }
            // ... and at the end (same text, the same distance from the end), not overlapping the start
            while (last >= first) {
                String t = old.get(last).text();
                int at = tailStart - t.length();
                if (at < offset || !text.startsWith(t, at)) {
                    break;
                }
                tailStart = at;
                last--;
            }
        }
        // re-cut from a place the whole-text cut also starts a segment: the file start, after a
        // "..." line, or a "---" line where the old text had a segment start too
        while (first > 0 && !endsWithDocumentEnd(old.get(first - 1))
                && !(first < count && DocumentSplitter.startsWithMarker(text, offset))) {
            first--;
            offset -= old.get(first).text().length();
        }
        int startLine = first == 0 ? 0 : first < count ? old.get(first).startLine()
                : old.get(count - 1).startLine() + lineBreaks(old.get(count - 1).text());
        DocumentSplitter.Split middle = DocumentSplitter.split(text, offset, tailStart, startLine);
        // ... and up to where the whole-text cut starts the kept document after it too
        while (last + 1 < count && !cleanEnd(text, offset, tailStart, middle)) {
            last++;
            tailStart += old.get(last).text().length();
            middle = DocumentSplitter.split(text, offset, tailStart, startLine);
        }
        if (first == 0 && last + 1 >= count && middle.segments().isEmpty()) {
            return parse(text, cancellation, snapshot); // nothing left: the one empty document a full parse gives
        }
        List<YamlDocument> documents = new ArrayList<>(count + middle.segments().size());
        documents.addAll(old.subList(0, first));
        Map<Integer, YamlDocument> changed = new HashMap<>();
        for (int i = first; i <= last && i < count; i++) {
            changed.put(old.get(i).startLine(), old.get(i));
        }
        for (YamlSegment segment : middle.segments()) {
            cancellation.checkCanceled();
            YamlDocument same = changed.get(segment.startLine());
            documents.add(same != null && same.text().equals(segment.text()) ? same : parseSegment(segment));
        }
        if (last + 1 < count) {
            int delta = middle.endLine() - old.get(last + 1).startLine();
            int at = tailStart;
            for (YamlDocument document : old.subList(last + 1, count)) {
                cancellation.checkCanceled();
                int line = document.startLine() + delta;
                // problem messages may name positions ("first defined at 3:1"): parse those again
                documents.add(document.problems().isEmpty() || delta == 0 ? document.movedTo(line)
                        : parseSegment(new YamlSegment(document.text(), at, line)));
                at += document.text().length();
            }
        }
        return new YamlFile(documents, snapshot);
    }

    /** True when a whole-text cut also starts a segment at {@code tailStart}, right after the re-cut stretch. */
    private static boolean cleanEnd(String text, int offset, int tailStart, DocumentSplitter.Split middle) {
        if (tailStart == offset) {
            return true; // nothing between: the stretch's start is a segment start, and the kept document begins there
        }
        char before = text.charAt(tailStart - 1);
        if (before != '\n' && before != '\r' || before == '\r' && text.charAt(tailStart) == '\n') {
            return false; // the stretch ends mid-line (or between CR and LF)
        }
        return middle.closed() || middle.splitsAtMarker() && DocumentSplitter.startsWithMarker(text, tailStart);
    }

    private static boolean endsWithDocumentEnd(YamlDocument document) {
        String t = document.text();
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '\n' || t.charAt(end - 1) == '\r')) {
            end--;
        }
        int lineStart = end;
        while (lineStart > 0 && t.charAt(lineStart - 1) != '\n' && t.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        String line = t.substring(lineStart, end);
        return end < t.length() && (line.equals("...") || line.startsWith("... ") || line.startsWith("...\t"));
    }

    private static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    /** The file cut into one segment per document (the unit a cache can reuse). */
    public static List<YamlSegment> segments(String text) {
        return DocumentSplitter.split(text);
    }

    /** Parses one segment; the result depends only on the segment's text and start line. */
    public static YamlDocument parseSegment(YamlSegment segment) {
        return DocumentBuilder.build(segment);
    }
}
