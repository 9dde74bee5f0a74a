package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The variable references Docker expands in an instruction word: {@code $NAME} and {@code ${NAME…}},
 * not inside single quotes and not escaped.
 */
public final class VariableRefs {

    private VariableRefs() {
    }

    /**
     * One reference.
     *
     * @param name the variable name
     * @param hasOperator true for {@code ${NAME:-x}}, {@code ${NAME+x}} … (a default or alternative is given)
     * @param range the name's range in the document (the whole word's range when it cannot be narrowed)
     * @param exact true when {@code range} covers exactly the name
     */
    public record Ref(String name, boolean hasOperator, Range range, boolean exact) {
    }

    /** The references in {@code word}, whose {@code text()} is the word as written. */
    public static List<Ref> in(Word word, TextDocument document, char escape) {
        String s = word.text();
        boolean linear = word.endOffset() - word.startOffset() == s.length()
                && document.text().startsWith(s, word.startOffset());
        List<Ref> out = new ArrayList<>();
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == escape && !single) {
                i++;
                continue;
            }
            if (c == '\'' && !dbl) {
                single = !single;
                continue;
            }
            if (c == '"' && !single) {
                dbl = !dbl;
                continue;
            }
            if (c != '$' || single || i + 1 >= s.length()) {
                continue;
            }
            boolean braced = s.charAt(i + 1) == '{';
            int start = i + (braced ? 2 : 1);
            int end = start;
            while (end < s.length() && isNameChar(s.charAt(end), end == start)) {
                end++;
            }
            if (end == start) {
                continue;
            }
            boolean operator = braced && end < s.length() && s.charAt(end) != '}';
            Range range = linear
                    ? document.rangeOf(word.startOffset() + start, word.startOffset() + end)
                    : word.range();
            out.add(new Ref(s.substring(start, end), operator, range, linear));
            i = end - 1;
        }
        return out;
    }

    private static boolean isNameChar(char c, boolean first) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
    }
}
