package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one expression into tokens, as GitHub's expression language defines them:
 * single-quoted strings ({@code ''} escapes a quote), numbers (decimal, hexadecimal, exponent, a
 * leading sign where a value is expected), identifiers of letters, digits, {@code _} and {@code -},
 * and the operators {@code ! < <= > >= == != && ||} with {@code ( ) [ ] , . *}.
 */
final class ExprLexer {

    private final String source;
    private final int end;
    private int pos;

    private ExprLexer(String source, int start, int end) {
        this.source = source;
        this.pos = start;
        this.end = end;
    }

    /** The tokens of {@code source[start, end)}, ending with an {@link Kind#END} token; throws on a lexing error. */
    static List<ExprToken> lex(String source, int start, int end) {
        return new ExprLexer(source, start, end).run();
    }

    private List<ExprToken> run() {
        List<ExprToken> tokens = new ArrayList<>();
        while (true) {
            while (pos < end && isSpace(source.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                tokens.add(new ExprToken(Kind.END, end, end, ""));
                return tokens;
            }
            tokens.add(next(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1)));
        }
    }

    private ExprToken next(ExprToken previous) {
        int start = pos;
        char c = source.charAt(pos);
        switch (c) {
            case '(': return single(Kind.LPAREN);
            case ')': return single(Kind.RPAREN);
            case '[': return single(Kind.LBRACKET);
            case ']': return single(Kind.RBRACKET);
            case ',': return single(Kind.COMMA);
            case '*': return single(Kind.STAR);
            case '.':
                if (pos + 1 < end && isDigit(source.charAt(pos + 1)) && expectsValue(previous)) {
                    return number();
                }
                return single(Kind.DOT);
            case '!': return pair('=', Kind.NE, Kind.NOT);
            case '<': return pair('=', Kind.LE, Kind.LT);
            case '>': return pair('=', Kind.GE, Kind.GT);
            case '=':
                if (peek(1) == '=') {
                    return token(Kind.EQ, 2);
                }
                throw new ExprSyntaxException("\"=\" is not an operator; use \"==\" to compare", start, start + 1);
            case '&':
                if (peek(1) == '&') {
                    return token(Kind.AND, 2);
                }
                throw new ExprSyntaxException("\"&\" is not an operator; use \"&&\"", start, start + 1);
            case '|':
                if (peek(1) == '|') {
                    return token(Kind.OR, 2);
                }
                throw new ExprSyntaxException("\"|\" is not an operator; use \"||\"", start, start + 1);
            case '\'': return string();
            case '"':
                throw new ExprSyntaxException("Strings in expressions use single quotes; double quotes are not allowed",
                        start, closingQuote(start));
            default:
                break;
        }
        if (isDigit(c) || ((c == '-' || c == '+') && expectsValue(previous) && pos + 1 < end
                && (isDigit(source.charAt(pos + 1)) || source.charAt(pos + 1) == '.'))) {
            return number();
        }
        if (isIdentStart(c)) {
            while (pos < end && isIdentPart(source.charAt(pos))) {
                pos++;
            }
            return new ExprToken(Kind.IDENT, start, pos, source.substring(start, pos));
        }
        int width = Character.charCount(source.codePointAt(pos));
        throw new ExprSyntaxException("Unexpected character \"" + source.substring(pos, Math.min(end, pos + width))
                + "\" in expression", pos, Math.min(end, pos + width));
    }

    /** True where a value (not an operator) comes next, so {@code -1} is a number and not a minus. */
    private static boolean expectsValue(ExprToken previous) {
        if (previous == null) {
            return true;
        }
        return switch (previous.kind()) {
            case IDENT, NUMBER, STRING, RPAREN, RBRACKET, STAR -> false;
            default -> true;
        };
    }

    private ExprToken number() {
        int start = pos;
        if (source.charAt(pos) == '-' || source.charAt(pos) == '+') {
            pos++;
        }
        // read the whole run a number could span, then validate it
        while (pos < end && (isIdentPart(source.charAt(pos)) || source.charAt(pos) == '.'
                || ((source.charAt(pos) == '-' || source.charAt(pos) == '+')
                        && (source.charAt(pos - 1) == 'e' || source.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String text = source.substring(start, pos);
        if (!isNumber(text)) {
            throw new ExprSyntaxException("\"" + text + "\" is not a number", start, pos);
        }
        return new ExprToken(Kind.NUMBER, start, pos, text);
    }

    static boolean isNumber(String text) {
        String t = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return t.length() > 2 && t.substring(2).chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
        }
        return t.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    private ExprToken string() {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < end) {
            char c = source.charAt(pos);
            if (c == '\'') {
                if (peek(1) == '\'') {
                    value.append('\'');
                    pos += 2;
                    continue;
                }
                pos++;
                return new ExprToken(Kind.STRING, start, pos, value.toString());
            }
            value.append(c);
            pos++;
        }
        throw new ExprSyntaxException("String is never closed; add the closing \"'\"", start, end);
    }

    private int closingQuote(int start) {
        int close = source.indexOf('"', start + 1);
        return close < 0 || close >= end ? start + 1 : close + 1;
    }

    private ExprToken single(Kind kind) {
        return token(kind, 1);
    }

    private ExprToken pair(char second, Kind both, Kind alone) {
        return peek(1) == second ? token(both, 2) : token(alone, 1);
    }

    private ExprToken token(Kind kind, int width) {
        int start = pos;
        pos += width;
        return new ExprToken(kind, start, pos, source.substring(start, pos));
    }

    private char peek(int ahead) {
        return pos + ahead < end ? source.charAt(pos + ahead) : '\0';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '-';
    }
}
