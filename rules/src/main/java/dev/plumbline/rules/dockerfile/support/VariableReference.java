package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code $NAME} or {@code ${NAME…}} written in an instruction word, with the range of the name
 * (the whole word when the word spans a line continuation).
 */
public record VariableReference(String name, Range nameRange) {

    /** BuildKit's automatic platform ARGs and the predefined proxy ARGs. */
    public static final Set<String> PREDEFINED = Set.of("BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
            "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY",
            "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    /** The references in {@code word}, in order; {@code escape} is the file's escape character. */
    public static List<VariableReference> in(Word word, char escape, TextDocument document) {
        List<VariableReference> out = new ArrayList<>();
        String s = word.text();
        boolean direct = word.endOffset() - word.startOffset() == s.length();
        boolean singleQuoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == escape && !singleQuoted) {
                i++;
            } else if (c == '\'') {
                singleQuoted = !singleQuoted;
            } else if (c == '$' && !singleQuoted && i + 1 < s.length()) {
                int start = s.charAt(i + 1) == '{' ? i + 2 : i + 1;
                int end = start;
                while (end < s.length() && isNameChar(s.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    Range range = direct ? document.rangeOf(word.startOffset() + start, word.startOffset() + end) : word.range();
                    out.add(new VariableReference(s.substring(start, end), range));
                }
            }
        }
        return out;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
