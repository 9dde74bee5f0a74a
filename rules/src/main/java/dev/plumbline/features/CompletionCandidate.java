package dev.plumbline.features;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.Objects;

/**
 * One completion proposal.
 *
 * @param label what the list shows
 * @param kind what sort of thing it is (decides the icon)
 * @param detail a short line beside the label (a type, a default), or ""
 * @param documentation Markdown shown for the selected item, or ""
 * @param insertText what is inserted; a snippet with {@code $1}/{@code ${1:default}} tab stops when {@code snippet}
 * @param snippet true when {@code insertText} uses snippet syntax
 * @param replace the text the insertion replaces (usually the word typed so far, up to the cursor)
 * @param replaceWhole the text it replaces when the editor is set to overwrite the rest of the word
 *     (the whole word under the cursor); contains {@code replace} and starts where it starts
 */
public record CompletionCandidate(String label, Kind kind, String detail, String documentation, String insertText,
        boolean snippet, Range replace, Range replaceWhole) {

    /** Mirrors the LSP completion item kinds Plumbline uses. */
    public enum Kind { KEYWORD, PROPERTY, VALUE, VARIABLE, REFERENCE, SNIPPET, ENUM_MEMBER, FUNCTION, EVENT, MODULE }

    public CompletionCandidate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
        documentation = documentation == null ? "" : documentation;
        insertText = insertText == null ? label : insertText;
        Objects.requireNonNull(replace, "replace");
        replaceWhole = replaceWhole == null || !replaceWhole.start().equals(replace.start())
                || replaceWhole.end().compareTo(replace.end()) < 0 ? replace : replaceWhole;
    }

    /** A candidate that replaces only {@code replace}, whatever follows the cursor. */
    public CompletionCandidate(String label, Kind kind, String detail, String documentation, String insertText,
            boolean snippet, Range replace) {
        this(label, kind, detail, documentation, insertText, snippet, replace, replace);
    }

    /**
     * This candidate inserting over its range only up to {@code cursor}, and over all of it when the
     * editor replaces the whole word.
     */
    public CompletionCandidate insertingUpTo(Position cursor) {
        if (!replace.contains(cursor) && !replace.end().equals(cursor)) {
            return this;
        }
        return new CompletionCandidate(label, kind, detail, documentation, insertText, snippet,
                new Range(replace.start(), cursor), replace);
    }

    /** This candidate, overwriting up to {@code end} when the editor replaces the whole word. */
    public CompletionCandidate replacingTo(Position end) {
        return new CompletionCandidate(label, kind, detail, documentation, insertText, snippet, replace,
                new Range(replace.start(), end));
    }

    public static CompletionCandidate plain(String label, Kind kind, String detail, String documentation, Range replace) {
        return new CompletionCandidate(label, kind, detail, documentation, label, false, replace);
    }
}
