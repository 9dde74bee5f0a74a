package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a segment. A {@code #} starts a comment at a line start or after a blank,
 * unless it lies inside a scalar; the parsed scalars' spans tell exactly where those are. After a
 * syntax error there are no spans, so quotes are tracked line by line there instead.
 */
final class CommentScanner {

    private CommentScanner() {
    }

    /**
     * @param spans [start, end) segment offsets of scalar text, in order, as pairs
     * @param spanCount number of pairs in use
     * @param guessFrom offset after which no spans exist (the rest of a broken document); text length if none
     */
    static List<YamlComment> scan(Source source, int[] spans, int spanCount, int guessFrom) {
        String text = source.text;
        int n = text.length();
        List<YamlComment> comments = new ArrayList<>();
        int s = 0;
        char quote = 0;
        int i = 0;
        while (i < n) {
            while (s < spanCount && spans[2 * s + 1] <= i) {
                s++;
            }
            if (s < spanCount && spans[2 * s] <= i) {
                i = spans[2 * s + 1];
                continue;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                quote = 0;
                i++;
                continue;
            }
            if (i >= guessFrom && quote != 0) {
                if (c == '\\' && quote == '"') {
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (i >= guessFrom && (c == '"' || c == '\'') && (i == 0 || " \t[{,:".indexOf(text.charAt(i - 1)) >= 0)) {
                quote = c;
                i++;
                continue;
            }
            if (c == '#' && (i == 0 || isBlank(text.charAt(i - 1)) || text.charAt(i - 1) == '\uFEFF')) {
                int line = source.lineOf(i);
                int end = source.lineContentEnd(line);
                int contentEnd = end;
                while (contentEnd > i + 1 && isBlank(text.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                boolean trailing = false;
                for (int k = source.lineStart(line); k < i; k++) {
                    char before = text.charAt(k);
                    if (!isBlank(before) && before != '\uFEFF') {
                        trailing = true;
                        break;
                    }
                }
                comments.add(new YamlComment(source.range(i, contentEnd), text.substring(i + 1, contentEnd), trailing));
                i = end;
                continue;
            }
            i++;
        }
        return comments;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
