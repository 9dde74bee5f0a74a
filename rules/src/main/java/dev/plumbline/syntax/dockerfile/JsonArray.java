package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an instruction's arguments as Docker does for the exec form: a JSON array at the start of
 * the text (whatever follows it is ignored, as Go's decoder does). The result tells the three
 * outcomes apart: not JSON (shell form), a valid array with a non-string element (Docker rejects
 * it), or an array of strings.
 */
final class JsonArray {

    private static final int MAX_DEPTH = 512;

    enum Outcome { NOT_JSON, NOT_STRINGS, STRINGS }

    record Result(Outcome outcome, ExecForm form, int badStart, int badEnd) {
    }

    private final MappedText text;
    private final String s;
    private final int n;
    private int pos;

    private JsonArray(MappedText text, int from, int to) {
        this.text = text;
        this.s = text.text();
        this.n = to;
        this.pos = from;
    }

    static Result read(MappedText text, int from, int to) {
        try {
            return new JsonArray(text, from, to).read();
        } catch (NotJson e) {
            return new Result(Outcome.NOT_JSON, null, 0, 0);
        }
    }

    /** Control flow for "this is not JSON"; no stack trace, never escapes this class. */
    private static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    private Result read() throws NotJson {
        skipSpace();
        if (pos >= n || s.charAt(pos) != '[') {
            throw new NotJson();
        }
        int open = pos++;
        List<Word> elements = new ArrayList<>();
        List<MappedText> values = new ArrayList<>();
        int badStart = -1;
        int badEnd = -1;
        skipSpace();
        if (pos < n && s.charAt(pos) == ']') {
            pos++;
        } else {
            while (true) {
                skipSpace();
                int start = pos;
                if (pos < n && s.charAt(pos) == '"') {
                    MappedText value = string();
                    elements.add(text.word(start, pos, value.text()));
                    values.add(value);
                } else {
                    skipValue(0);
                    if (badStart < 0) {
                        badStart = start;
                        badEnd = pos;
                    }
                }
                skipSpace();
                if (pos >= n) {
                    throw new NotJson();
                }
                char c = s.charAt(pos++);
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw new NotJson();
                }
            }
        }
        if (badStart >= 0) {
            return new Result(Outcome.NOT_STRINGS, null, badStart, badEnd);
        }
        return new Result(Outcome.STRINGS, new ExecForm(elements, values, text.range(open, pos)), 0, 0);
    }

    private void skipSpace() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** A JSON string at {@code pos}, decoded, each character mapped back to its source. */
    private MappedText string() throws NotJson {
        pos++; // opening quote
        MappedText.Builder value = MappedText.builder(text.document(), text.startOffset(pos));
        while (true) {
            if (pos >= n) {
                throw new NotJson();
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return value.build();
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            if (c != '\\') {
                int start = text.startOffset(pos);
                value.addDecoded(c, start, Math.max(1, text.endOffset(pos + 1) - start));
                pos++;
                continue;
            }
            if (pos + 1 >= n) {
                throw new NotJson();
            }
            char e = s.charAt(pos + 1);
            int length = 2;
            char decoded = switch (e) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> {
                    length = 6;
                    yield hex(pos + 2);
                }
                default -> throw new NotJson();
            };
            int start = text.startOffset(pos);
            value.addDecoded(decoded, start, Math.max(1, text.endOffset(pos + length) - start));
            pos += length;
        }
    }

    private char hex(int at) throws NotJson {
        if (at + 4 > n) {
            throw new NotJson();
        }
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                throw new NotJson();
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private void skipValue(int depth) throws NotJson {
        if (depth > MAX_DEPTH || pos >= n) {
            throw new NotJson();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '"' -> string();
            case '[' -> container(']', depth);
            case '{' -> container('}', depth);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void container(char close, int depth) throws NotJson {
        pos++;
        skipSpace();
        if (pos < n && s.charAt(pos) == close) {
            pos++;
            return;
        }
        while (true) {
            skipSpace();
            if (close == '}') {
                if (pos >= n || s.charAt(pos) != '"') {
                    throw new NotJson();
                }
                string();
                skipSpace();
                if (pos >= n || s.charAt(pos) != ':') {
                    throw new NotJson();
                }
                pos++;
                skipSpace();
            }
            skipValue(depth + 1);
            skipSpace();
            if (pos >= n) {
                throw new NotJson();
            }
            char c = s.charAt(pos++);
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw new NotJson();
            }
        }
    }

    private void literal(String word) throws NotJson {
        if (!s.startsWith(word, pos) || pos + word.length() > n) {
            throw new NotJson();
        }
        pos += word.length();
    }

    private void number() throws NotJson {
        int start = pos;
        if (pos < n && s.charAt(pos) == '-') {
            pos++;
        }
        if (pos < n && s.charAt(pos) == '0') {
            pos++;
        } else if (pos < n && s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
            digits();
        } else {
            throw new NotJson();
        }
        if (pos < n && s.charAt(pos) == '.') {
            pos++;
            if (digits() == 0) {
                throw new NotJson();
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw new NotJson();
            }
        }
        if (pos == start) {
            throw new NotJson();
        }
    }

    private int digits() {
        int start = pos;
        while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }
}
