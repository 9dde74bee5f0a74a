package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.Optional;

/**
 * One EXPOSE argument, {@code [ip:][hostPort:]port[-port][/protocol]}, split into its parts with
 * their offsets. Parts are located in the document only when the word is written verbatim (no
 * quotes, escapes or line breaks); otherwise they fall back to the whole word.
 *
 * @param word the argument
 * @param value its value (quotes removed)
 * @param containerStart start of the container port (or range) in {@code value}
 * @param containerEnd end of the container port in {@code value}
 * @param protocolStart start of the protocol after {@code /} in {@code value}, or -1 without one
 */
public record ExposedPort(Word word, String value, int containerStart, int containerEnd, int protocolStart) {

    public static ExposedPort of(Word word) {
        String value = word.value();
        int slash = value.indexOf('/', Math.max(0, value.lastIndexOf(':')));
        int specEnd = slash < 0 ? value.length() : slash;
        int colon = value.lastIndexOf(':', specEnd - 1);
        return new ExposedPort(word, value, colon + 1, specEnd, slash < 0 ? -1 : slash + 1);
    }

    /** True when a variable decides the value at build time. */
    public boolean hasVariable() {
        return value.indexOf('$') >= 0;
    }

    /** True for {@code 127.0.0.1:80:80} or {@code 8080:80}: something before the container port. */
    public boolean hasHostPart() {
        return containerStart > 0;
    }

    public String container() {
        return value.substring(containerStart, containerEnd);
    }

    public Optional<String> protocol() {
        return protocolStart < 0 ? Optional.empty() : Optional.of(value.substring(protocolStart));
    }

    /** The container port with its protocol, e.g. {@code 80/tcp}. */
    public String withoutHost() {
        return value.substring(containerStart);
    }

    /** True when the word's text in the document is its value, so parts map to exact offsets. */
    public boolean isVerbatim() {
        return word.text().equals(value) && word.endOffset() - word.startOffset() == value.length();
    }

    public Range containerRange(TextDocument document) {
        return part(document, containerStart, containerEnd);
    }

    public Range protocolRange(TextDocument document) {
        return protocolStart < 0 ? word.range() : part(document, protocolStart, value.length());
    }

    private Range part(TextDocument document, int from, int to) {
        return isVerbatim() ? document.rangeOf(word.startOffset() + from, word.startOffset() + to) : word.range();
    }

    /** Why the container port (or range) is invalid, if it is: 1–65535, start not above end. */
    public Optional<String> containerProblem() {
        String port = container();
        int dash = port.indexOf('-');
        String first = dash < 0 ? port : port.substring(0, dash);
        String last = dash < 0 ? port : port.substring(dash + 1);
        if (!isNumber(first) || !isNumber(last)) {
            return Optional.of("\"" + port + "\" is not a port number or range (e.g. 8080 or 8000-8010)");
        }
        long from = Long.parseLong(first);
        long to = Long.parseLong(last);
        if (from < 1 || from > 65535 || to < 1 || to > 65535) {
            return Optional.of("Port " + port + " is outside 1-65535");
        }
        if (from > to) {
            return Optional.of("Port range " + port + " starts above its end");
        }
        return Optional.empty();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
