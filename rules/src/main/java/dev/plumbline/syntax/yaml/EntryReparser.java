package dev.plumbline.syntax.yaml;

import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-parses below document level: when an edit falls inside the body of one block-mapping entry (a
 * workflow's job, its {@code on:}, a job's {@code steps:}), only that entry's lines are parsed again
 * and the new entry is spliced into the kept tree; the mappings above it are rebuilt over the new
 * text, the entries after it moved by the line delta. Anything it cannot prove equal to a full parse
 * gives up (empty), and the caller parses the whole document:
 *
 * <ul>
 *   <li>a document with problems, anchors or aliases, or directives;
 *   <li>an edit on the entry's key line, or outside the lines of one entry's body;
 *   <li>an entry whose value is not a block collection starting below its key;
 *   <li>new text with a tab, or with a line (not a comment) indented no deeper than the key: it could
 *       end the entry or start another, which only the whole parse can tell;
 *   <li>a re-parsed entry with any problem, anchor or alias, or that is not one entry.
 * </ul>
 *
 * <p>Why the entry parses alone as it does in place: its lines after the key are all indented deeper
 * than the key, so in place the parser reads them at the same indentation levels and nothing ends
 * the entry before its last line; the text re-parsed also holds the next line's indentation, which
 * a block scalar at the very end reads in place too. The property tests compare with full parses.
 */
final class EntryReparser {

    private EntryReparser() {
    }

    /** One level of the path down to the entry re-parsed. */
    private record Level(YamlMapping mapping, int index, int lineStart, int end, int column) {
    }

    /**
     * @param old the file's only document, parsed from the text {@code change} was made to
     * @param text the new text; {@code lines} is its index
     */
    static Optional<YamlDocument> reparse(YamlDocument old, String text, LineIndex lines, TextDocument.Change change) {
        if (old.hasProblems() || old.isTruncated() || old.usesAnchors() || old.startLine() != 0
                || !(old.root().orElse(null) instanceof YamlMapping root) || root.isFlow() || hasDirective(old, root)) {
            return Optional.empty();
        }
        Source before = old.source();
        List<Level> path = path(root, before, change);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Level deepest = path.get(path.size() - 1);
        int delta = change.newEnd() - change.oldEnd();
        int newEnd = deepest.end() + delta;
        int next = newEnd;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++; // the next line's indentation: a block scalar ending the entry reads it in place
        }
        String snippet = text.substring(deepest.lineStart(), next);
        if (!fitsInPlace(snippet, deepest.column())) {
            return Optional.empty();
        }
        int keyLine = before.lineOf(deepest.lineStart());
        YamlDocument parsed = DocumentBuilder.build(new YamlSegment(snippet, deepest.lineStart(), keyLine));
        YamlEntry oldEntry = deepest.mapping().entries().get(deepest.index());
        if (parsed.hasProblems() || parsed.isTruncated() || parsed.usesAnchors()
                || !(parsed.root().orElse(null) instanceof YamlMapping alone) || alone.isFlow() || alone.size() != 1
                || !sameKey(alone.entries().get(0).key(), oldEntry.key())) {
            return Optional.empty();
        }
        int lineDelta = lines.lineCount() - before.lineCount();
        Source source = new Source(text, lines, 0);
        DocumentMover mover = DocumentMover.by(lineDelta);
        YamlEntry entry = alone.entries().get(0);
        YamlMapping rebuilt = null;
        for (int level = path.size() - 1; level >= 0; level--) {
            Level at = path.get(level);
            rebuilt = splice(at.mapping(), at.index(), entry, source, mover);
            if (level > 0) {
                Level up = path.get(level - 1);
                entry = new YamlEntry(up.mapping().entries().get(up.index()).key(), rebuilt);
            }
        }
        int lastOldLine = before.lineOf(Math.max(deepest.lineStart(), deepest.end() - 1));
        List<YamlComment> comments = new ArrayList<>(old.comments().size() + parsed.comments().size());
        List<YamlComment> after = new ArrayList<>();
        for (YamlComment comment : old.comments()) {
            if (comment.line() < keyLine) {
                comments.add(comment);
            } else if (comment.line() > lastOldLine) {
                after.add(comment);
            }
        }
        comments.addAll(parsed.comments());
        comments.addAll(DocumentMover.shifted(after, lineDelta));
        return Optional.of(new YamlDocument(source, rebuilt, List.of(), comments, old.hasExplicitStart(), false, false));
    }

    /**
     * The entries from the root down whose bodies hold the whole change, each with its line span
     * ({@code lineStart} of its key line to {@code end}, where the next entry or the enclosing one
     * ends); empty when even the root's entries do not qualify.
     */
    private static List<Level> path(YamlMapping root, Source before, TextDocument.Change change) {
        List<Level> path = new ArrayList<>();
        YamlMapping mapping = root;
        int spanEnd = before.text.length();
        while (mapping != null && !mapping.isFlow()) {
            List<YamlEntry> entries = mapping.entries();
            int index = entryBefore(entries, before, change.start());
            if (index < 0) {
                break;
            }
            YamlEntry entry = entries.get(index);
            Position key = entry.key().fullRange().start();
            int lineStart = before.lineStart(key.line());
            if (entry.key().tag().isPresent() || entry.key().range().end().line() != key.line()
                    || !spacesOnly(before.text, lineStart, lineStart + key.character())
                    || key.line() + 1 >= before.lineCount()) {
                break;
            }
            int bodyStart = before.lineStart(key.line() + 1);
            int end = index + 1 < entries.size()
                    ? before.lineStart(entries.get(index + 1).key().fullRange().start().line()) : spanEnd;
            boolean inside = change.start() >= bodyStart
                    && (change.oldEnd() < end || end == before.text.length() && change.oldEnd() <= end);
            YamlNode value = entry.value();
            boolean blockBelow = (value instanceof YamlMapping m && !m.isFlow()
                    || value instanceof YamlSequence q && !q.isFlow())
                    && value.tag().isEmpty() && value.fullRange().start().line() > key.line();
            if (!inside || !blockBelow) {
                break;
            }
            path.add(new Level(mapping, index, lineStart, end, key.character()));
            mapping = value instanceof YamlMapping m ? m : null;
            spanEnd = end;
        }
        return path;
    }

    /** The last entry whose key line starts at or before {@code offset}; -1 when none. */
    private static int entryBefore(List<YamlEntry> entries, Source before, int offset) {
        int lo = 0;
        int hi = entries.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int lineStart = before.lineStart(entries.get(mid).key().fullRange().start().line());
            if (lineStart <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** No tab, and every line after the first that is not blank or a comment is indented deeper than {@code column}. */
    private static boolean fitsInPlace(String snippet, int column) {
        if (snippet.indexOf('\t') >= 0) {
            return false;
        }
        int n = snippet.length();
        int i = 0;
        while (i < n && snippet.charAt(i) != '\n' && snippet.charAt(i) != '\r') {
            i++;
        }
        while (i < n) {
            while (i < n && (snippet.charAt(i) == '\n' || snippet.charAt(i) == '\r')) {
                i++;
            }
            int lineStart = i;
            while (i < n && snippet.charAt(i) == ' ') {
                i++;
            }
            boolean content = i < n && snippet.charAt(i) != '#' && snippet.charAt(i) != '\n' && snippet.charAt(i) != '\r';
            if (content && i - lineStart <= column) {
                return false;
            }
            while (i < n && snippet.charAt(i) != '\n' && snippet.charAt(i) != '\r') {
                i++;
            }
        }
        return true;
    }

    /** The mapping with its entry {@code index} replaced, its later entries moved, positioned in {@code source}. */
    private static YamlMapping splice(YamlMapping mapping, int index, YamlEntry replacement, Source source,
            DocumentMover mover) {
        List<YamlEntry> entries = new ArrayList<>(mapping.entries());
        YamlEntry replaced = entries.set(index, replacement);
        for (int i = index + 1; i < entries.size(); i++) {
            YamlEntry entry = entries.get(i);
            entries.set(i, new YamlEntry(mover.copy(entry.key()), mover.copy(entry.value())));
        }
        long size = mapping.expandedSize - sizeOf(replaced) + sizeOf(replacement);
        // positions are what every source agrees on: the start is before the edit, the end is the last value's
        int fullStart = source.offsetAt(mapping.fullRange().start());
        int start = source.offsetAt(mapping.range().start());
        int end = source.offsetAt(entries.get(entries.size() - 1).value().range().end());
        return new YamlMapping(source, fullStart, start, end, null, mapping.tag().orElse(null), entries, false, size);
    }

    private static long sizeOf(YamlEntry entry) {
        return ((BaseNode) entry.key()).expandedSize + ((BaseNode) entry.value()).expandedSize;
    }

    private static boolean sameKey(YamlNode parsed, YamlNode old) {
        return parsed instanceof YamlScalar a && old instanceof YamlScalar b && a.value().equals(b.value())
                && a.style() == b.style() && a.type() == b.type() && a.range().equals(b.range());
    }

    private static boolean spacesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A {@code %} directive line before the root: the entry alone would be read without it. */
    private static boolean hasDirective(YamlDocument document, YamlMapping root) {
        Source source = document.source();
        int rootLine = root.fullRange().start().line();
        for (int line = 0; line <= rootLine && line < source.lineCount(); line++) {
            int start = source.lineStart(line);
            if (start < source.text.length() && source.text.charAt(start) == '%') {
                return true;
            }
        }
        return false;
    }
}
