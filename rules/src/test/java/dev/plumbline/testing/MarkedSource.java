package dev.plumbline.testing;

import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;

/** A source with {@code «…»} markers removed, and the ranges they marked. */
public record MarkedSource(String text, List<Range> ranges) {

    public static MarkedSource parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '«') {
                if (open >= 0) {
                    throw new IllegalArgumentException("nested « at " + i);
                }
                open = text.length();
            } else if (c == '»') {
                if (open < 0) {
                    throw new IllegalArgumentException("» without « at " + i);
                }
                spans.add(new int[] {open, text.length()});
                open = -1;
            } else {
                text.append(c);
            }
        }
        if (open >= 0) {
            throw new IllegalArgumentException("unclosed «");
        }
        LineIndex index = LineIndex.of(text);
        List<Range> ranges = spans.stream()
                .map(s -> new Range(index.positionAt(s[0]), index.positionAt(s[1])))
                .toList();
        return new MarkedSource(text.toString(), ranges);
    }
}
