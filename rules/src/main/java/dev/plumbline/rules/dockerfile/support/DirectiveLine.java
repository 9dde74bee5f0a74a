package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Comment;
import dev.plumbline.syntax.dockerfile.Directive;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A line written like a parser directive ({@code # name = value}, BuildKit's pattern), wherever it
 * stands: the real directives at the top of the file, and look-alikes further down that Docker reads
 * as plain comments.
 *
 * @param name the name as written
 * @param nameStart document offset of the name
 * @param value the value, trimmed
 * @param valueStart document offset of the value
 * @param line the 0-based line
 */
public record DirectiveLine(String name, int nameStart, String value, int valueStart, int line) {

    /** The directives BuildKit knows. */
    public static final Set<String> KNOWN = Set.of(Directive.SYNTAX, Directive.ESCAPE, Directive.CHECK);

    /** The name in lower case, as Docker compares it. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    public Range nameRange(TextDocument document) {
        return document.rangeOf(nameStart, nameStart + name.length());
    }

    /** Reads the comment line {@code line} of {@code document} (from its {@code #}); empty when it is no directive look-alike. */
    public static Optional<DirectiveLine> read(TextDocument document, int line) {
        String text = document.text();
        int start = document.lineIndex().lineStart(line);
        int end = document.lineIndex().lineContentEnd(line, text);
        int i = start;
        if (line == 0 && i < end && text.charAt(i) == '\uFEFF') {
            i++;
        }
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= end || text.charAt(i) != '#') {
            return Optional.empty();
        }
        i = skipSpace(text, i + 1, end);
        int nameStart = i;
        if (i >= end || !isLetter(text.charAt(i))) {
            return Optional.empty();
        }
        while (i < end && (isLetter(text.charAt(i)) || text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
            i++;
        }
        String name = text.substring(nameStart, i);
        i = skipSpace(text, i, end);
        if (i >= end || text.charAt(i) != '=') {
            return Optional.empty();
        }
        int valueStart = skipSpace(text, i + 1, end);
        int valueEnd = end;
        while (valueEnd > valueStart && isSpace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (valueEnd <= valueStart) {
            return Optional.empty();
        }
        return Optional.of(new DirectiveLine(name, nameStart, text.substring(valueStart, valueEnd), valueStart, line));
    }

    /** The directive look-alike of {@code comment}, if it is one of the known directives. */
    public static Optional<DirectiveLine> known(Dockerfile dockerfile, Comment comment) {
        return read(dockerfile.document(), comment.line()).filter(d -> KNOWN.contains(d.key()));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
