package dev.plumbline.shellcheck;

import java.util.ArrayList;
import java.util.List;

/** Converts ShellCheck's 1-based line and code-point column into an index of the checked script text. */
public final class ScriptPositions {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    public ScriptPositions(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** -1 before the script; clamped to the end of its line or of the text. */
    public int index(int line, int column) {
        if (line < 1 || column < 1) {
            return -1;
        }
        if (line > lineStarts.size()) {
            return text.length();
        }
        int i = lineStarts.get(line - 1);
        int lineEnd = line < lineStarts.size() ? lineStarts.get(line) : text.length();
        for (int c = 1; c < column && i < lineEnd; c++) {
            i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < lineEnd ? 2 : 1;
        }
        return Math.min(i, lineEnd);
    }
}
