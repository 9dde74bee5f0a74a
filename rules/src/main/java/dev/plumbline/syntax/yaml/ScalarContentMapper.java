package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-reads a scalar's source the way YAML loads it (folding, escapes, block indentation and
 * chomping), recording for each value character where it came from. The result counts as exact only
 * if it reproduces snakeyaml's value.
 */
final class ScalarContentMapper {

    private final String text;
    private final StringBuilder out = new StringBuilder();
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    private ScalarContentMapper(String text) {
        this.text = text;
    }

    static ScalarContent map(YamlScalar scalar) {
        Source source = scalar.source;
        ScalarContentMapper mapper = new ScalarContentMapper(source.text);
        boolean exact;
        int emptyAt = scalar.start;
        try {
            exact = switch (scalar.style()) {
                case PLAIN -> mapper.flow(scalar.start, scalar.end, false, false);
                case SINGLE_QUOTED -> {
                    emptyAt = scalar.start + 1;
                    yield mapper.flow(scalar.start + 1, scalar.end - 1, true, false);
                }
                case DOUBLE_QUOTED -> {
                    emptyAt = scalar.start + 1;
                    yield mapper.flow(scalar.start + 1, scalar.end - 1, false, true);
                }
                case LITERAL, FOLDED -> mapper.block(scalar, scalar.style() == ScalarStyle.FOLDED);
            };
        } catch (RuntimeException e) {
            exact = false; // malformed source we did not expect: fall back rather than fail a rule
        }
        exact = exact && mapper.out.toString().equals(scalar.value());
        int n = scalar.value().length();
        return new ScalarContent(source, scalar.value(), exact ? Arrays.copyOf(mapper.starts, n) : new int[0],
                exact ? Arrays.copyOf(mapper.ends, n) : new int[0], exact, emptyAt, scalar.start, scalar.end);
    }

    // ---- plain and quoted scalars -------------------------------------------------------------

    /** Folds the lines of [a, b) as plain or quoted scalars do. */
    private boolean flow(int a, int b, boolean single, boolean dbl) {
        if (b < a) {
            return false;
        }
        List<int[]> lines = physicalLines(a, b); // {start, contentEnd, breakEnd}
        List<int[]> empties = new ArrayList<>();
        int[] previousBreak = null;
        boolean previousEscapedBreak = false;
        for (int idx = 0; idx < lines.size(); idx++) {
            int[] line = lines.get(idx);
            boolean first = idx == 0;
            boolean last = idx == lines.size() - 1;
            int cs = first ? line[0] : skipBlanks(line[0], line[1]);
            boolean escapedBreak = dbl && !last && endsWithEscapingBackslash(cs, line[1]);
            int ce = last ? line[1] : escapedBreak ? line[1] - 1 : trimBlanks(cs, line[1]);
            if (!first && !last && cs == ce && !escapedBreak) {
                empties.add(line);
                continue;
            }
            if (!first) {
                if (previousEscapedBreak) {
                    for (int[] empty : empties) {
                        add('\n', empty[1], empty[2]);
                    }
                } else if (empties.isEmpty()) {
                    add(' ', previousBreak[1], previousBreak[2]);
                } else {
                    for (int[] empty : empties) {
                        add('\n', empty[1], empty[2]);
                    }
                }
                empties.clear();
            }
            if (!emit(cs, ce, single, dbl)) {
                return false;
            }
            previousBreak = line;
            previousEscapedBreak = escapedBreak;
        }
        return true;
    }

    private boolean emit(int from, int to, boolean single, boolean dbl) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (single && c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                add('\'', i, i + 2);
                i += 2;
            } else if (dbl && c == '\\') {
                int consumed = escape(i, to);
                if (consumed < 0) {
                    return false;
                }
                i += consumed;
            } else {
                add(c, i, i + 1);
                i++;
            }
        }
        return true;
    }

    /** Decodes the escape at {@code i}; returns its length or -1. */
    private int escape(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char e = text.charAt(i + 1);
        int hex = switch (e) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (hex > 0) {
            if (i + 2 + hex > to) {
                return -1;
            }
            int codePoint = Integer.parseInt(text.substring(i + 2, i + 2 + hex), 16);
            for (char c : Character.toChars(codePoint)) {
                add(c, i, i + 2 + hex);
            }
            return 2 + hex;
        }
        char decoded = switch (e) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000B';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001B';
            case ' ', '"', '/', '\\' -> e;
            case 'N' -> '\u0085';
            case '_' -> '\u00A0';
            case 'L' -> '\u2028';
            case 'P' -> '\u2029';
            default -> '\uFFFF';
        };
        if (decoded == '\uFFFF') {
            return -1;
        }
        add(decoded, i, i + 2);
        return 2;
    }

    private boolean endsWithEscapingBackslash(int from, int to) {
        int count = 0;
        for (int k = to - 1; k >= from && text.charAt(k) == '\\'; k--) {
            count++;
        }
        return count % 2 == 1;
    }

    // ---- block scalars ----------------------------------------------------------------------------

    private boolean block(YamlScalar scalar, boolean folded) {
        Source source = scalar.source;
        int i = scalar.start + 1;
        char chomp = 'c';
        while (i < text.length() && "+-0123456789".indexOf(text.charAt(i)) >= 0) {
            char c = text.charAt(i);
            if (c == '+') {
                chomp = 'k';
            } else if (c == '-') {
                chomp = 's';
            }
            i++;
        }
        int headerLine = source.lineOf(scalar.start);
        List<int[]> lines = new ArrayList<>();
        for (int line = headerLine + 1; line < source.lineCount() && source.lineStart(line) < scalar.contentEnd; line++) {
            int start = source.lineStart(line);
            int contentEnd = Math.min(source.lineContentEnd(line), scalar.contentEnd);
            int breakEnd = line + 1 < source.lineCount() ? Math.min(source.lineStart(line + 1), scalar.contentEnd) : contentEnd;
            lines.add(new int[] {start, contentEnd, Math.max(contentEnd, breakEnd)});
        }
        // the content's indentation: the first non-blank line's, or with none the widest blank line's
        int auto = -1;
        int widestBlank = 0;
        for (int[] line : lines) {
            int spaces = leadingSpaces(line[0], line[1]);
            if (line[0] + spaces < line[1]) {
                auto = spaces;
                break;
            }
            widestBlank = Math.max(widestBlank, spaces);
        }
        if (auto < 0) {
            auto = widestBlank;
        }
        for (int indent = auto; indent >= 0; indent--) {
            reset();
            emitBlock(lines, indent, folded, chomp);
            if (out.toString().equals(scalar.value())) {
                return true;
            }
        }
        return false;
    }

    private void emitBlock(List<int[]> lines, int indent, boolean folded, char chomp) {
        List<int[]> empties = new ArrayList<>();
        int[] previous = null;
        boolean previousSpaced = false;
        for (int[] line : lines) {
            boolean empty = line[1] - line[0] <= indent && leadingSpaces(line[0], line[1]) == line[1] - line[0];
            if (empty) {
                empties.add(line);
                continue;
            }
            int cs = Math.min(line[0] + indent, line[1]);
            boolean spaced = cs < line[1] && (text.charAt(cs) == ' ' || text.charAt(cs) == '\t');
            if (previous != null) {
                if (folded && !previousSpaced && !spaced) {
                    if (empties.isEmpty()) {
                        add(' ', previous[1], previous[2]);
                    }
                } else {
                    add('\n', previous[1], previous[2]);
                }
            }
            for (int[] e : empties) {
                add('\n', e[1], e[2]);
            }
            empties.clear();
            for (int k = cs; k < line[1]; k++) {
                add(text.charAt(k), k, k + 1);
            }
            previous = line;
            previousSpaced = spaced;
        }
        boolean keep = chomp == 'k';
        if (previous != null && chomp != 's') {
            // snakeyaml ends a clipped or kept value with a line feed even when the file ends without one
            add('\n', previous[1], previous[2]);
        }
        if (keep) {
            for (int[] e : empties) {
                if (e[2] > e[1]) {
                    add('\n', e[1], e[2]);
                }
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Lines of [a, b) as {start, contentEnd, breakEnd}; the first starts at a, the last ends at b. */
    private List<int[]> physicalLines(int a, int b) {
        List<int[]> lines = new ArrayList<>();
        int start = a;
        int i = a;
        while (i < b) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int breakEnd = c == '\r' && i + 1 < b && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new int[] {start, i, breakEnd});
                start = breakEnd;
                i = breakEnd;
            } else {
                i++;
            }
        }
        lines.add(new int[] {start, b, b});
        return lines;
    }

    private int skipBlanks(int from, int to) {
        while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private int trimBlanks(int from, int to) {
        while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }

    private int leadingSpaces(int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        return k - from;
    }

    private void add(char c, int start, int end) {
        int n = out.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = end;
        out.append(c);
    }

    private void reset() {
        out.setLength(0);
    }
}
