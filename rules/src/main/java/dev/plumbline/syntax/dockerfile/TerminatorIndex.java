package dev.plumbline.syntax.dockerfile;

import dev.plumbline.text.LineIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the line that ends a heredoc without rescanning the file for every heredoc: lines are
 * indexed once by their content (and by their content without leading tabs, for {@code <<-}), so
 * a file full of unterminated heredocs still parses in linear time.
 */
final class TerminatorIndex {

    /** Longer lines are not indexed; a delimiter this long is treated as never terminated. */
    private static final int MAX_DELIMITER = 4096;

    private final Map<String, int[]> exact = new HashMap<>();
    private final Map<String, int[]> withoutTabs = new HashMap<>();

    TerminatorIndex(String text, LineIndex lines) {
        Map<String, IntList> exactLists = new HashMap<>();
        Map<String, IntList> tabLists = new HashMap<>();
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineContentEnd(line, text);
            if (end - start > MAX_DELIMITER || end == start) {
                continue;
            }
            String content = text.substring(start, end);
            exactLists.computeIfAbsent(content, k -> new IntList()).add(line);
            int t = 0;
            while (t < content.length() && content.charAt(t) == '\t') {
                t++;
            }
            tabLists.computeIfAbsent(content.substring(t), k -> new IntList()).add(line);
        }
        exactLists.forEach((k, v) -> exact.put(k, v.toArray()));
        tabLists.forEach((k, v) -> withoutTabs.put(k, v.toArray()));
    }

    /** The first line at or after {@code from} that ends a heredoc called {@code name}, or -1. */
    int next(String name, boolean chomp, int from) {
        int[] candidates = (chomp ? withoutTabs : exact).get(name);
        if (candidates == null) {
            return -1;
        }
        int i = Arrays.binarySearch(candidates, from);
        int at = i >= 0 ? i : -i - 1;
        return at < candidates.length ? candidates[at] : -1;
    }

    private static final class IntList {
        private int[] values = new int[2];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
