package dev.plumbline.syntax.gha.expr;

/** Checks that a string is one JSON value (RFC 8259), for {@code fromJSON('…')} literals. */
final class Json {

    private static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** Null when {@code text} is valid JSON, else what is wrong. */
    static String problem(String text) {
        Json json = new Json(text);
        try {
            json.space();
            json.value();
            json.space();
            if (json.pos != text.length()) {
                return "unexpected text after the JSON value at character " + (json.pos + 1);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void value() {
        if (pos >= text.length()) {
            throw fail("the JSON text ends where a value is expected");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> container('}', true);
            case '[' -> container(']', false);
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        }
    }

    private void container(char close, boolean object) {
        if (++depth > MAX_DEPTH) {
            throw fail("the JSON nests too deeply");
        }
        pos++;
        space();
        if (peek() == close) {
            pos++;
            depth--;
            return;
        }
        while (true) {
            if (object) {
                if (peek() != '"') {
                    throw fail("expected a quoted key at character " + (pos + 1));
                }
                string();
                space();
                if (peek() != ':') {
                    throw fail("expected ':' at character " + (pos + 1));
                }
                pos++;
                space();
            }
            value();
            space();
            char c = peek();
            pos++;
            if (c == close) {
                depth--;
                return;
            }
            if (c != ',') {
                throw fail("expected ',' or '" + close + "' at character " + pos);
            }
            space();
        }
    }

    private void string() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                if (e == 'u') {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw fail("bad \\u escape at character " + pos);
                    }
                    pos += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw fail("bad escape \\" + e + " at character " + (pos - 1));
                }
            } else if (c < 0x20) {
                throw fail("control character in a string at character " + pos);
            }
        }
        throw fail("a JSON string is never closed");
    }

    private void word(String word) {
        if (!text.startsWith(word, pos)) {
            throw fail("unexpected character '" + text.charAt(pos) + "' at character " + (pos + 1));
        }
        pos += word.length();
    }

    private void number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw fail(n.isEmpty() ? "unexpected character '" + text.charAt(start) + "' at character " + (start + 1)
                    : "\"" + n + "\" is not a JSON number");
        }
    }

    private void space() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException(message);
    }
}
