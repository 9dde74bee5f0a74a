package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprNode.Binary;
import dev.plumbline.syntax.gha.expr.ExprNode.Call;
import dev.plumbline.syntax.gha.expr.ExprNode.ContextRef;
import dev.plumbline.syntax.gha.expr.ExprNode.Filter;
import dev.plumbline.syntax.gha.expr.ExprNode.Index;
import dev.plumbline.syntax.gha.expr.ExprNode.Literal;
import dev.plumbline.syntax.gha.expr.ExprNode.Not;
import dev.plumbline.syntax.gha.expr.ExprNode.Operator;
import dev.plumbline.syntax.gha.expr.ExprNode.Property;
import dev.plumbline.syntax.gha.expr.ExprToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the tokens of one expression, with GitHub's precedence (lowest first):
 * {@code ||}, {@code &&}, {@code == !=}, {@code < <= > >=}, {@code !}, then property, index and
 * {@code .*} access and calls. Nesting is bounded so hostile input cannot overflow the stack.
 */
final class ExprParser {

    /** Deeper nesting than this is reported as an error rather than recursed into. */
    static final int MAX_DEPTH = 100;

    private final String source;
    private final List<ExprToken> tokens;
    private int index;
    private int depth;

    private ExprParser(String source, List<ExprToken> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static Expression parse(String source, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && ExprLexer.isSpace(source.charAt(s))) {
            s++;
        }
        while (e > s && ExprLexer.isSpace(source.charAt(e - 1))) {
            e--;
        }
        try {
            if (s == e) {
                throw new ExprSyntaxException("Expression is empty", start, end);
            }
            ExprParser parser = new ExprParser(source, ExprLexer.lex(source, s, e));
            ExprNode root = parser.or();
            ExprToken rest = parser.peek();
            if (rest.kind() != Kind.END) {
                throw new ExprSyntaxException("Unexpected " + rest.describe() + " after the end of the expression",
                        rest.start(), rest.end());
            }
            return new Expression(source, s, e, root, null);
        } catch (ExprSyntaxException ex) {
            int errorStart = Math.max(start, Math.min(ex.start, end));
            int errorEnd = Math.max(errorStart, Math.min(ex.end, end));
            return new Expression(source, s, Math.max(s, e), null,
                    new Expression.SyntaxError(ex.getMessage(), errorStart, errorEnd));
        }
    }

    private ExprNode or() {
        ExprNode left = and();
        while (peek().kind() == Kind.OR) {
            ExprToken op = advance();
            ExprNode right = and();
            left = new Binary(Operator.OR, left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private ExprNode and() {
        ExprNode left = equality();
        while (peek().kind() == Kind.AND) {
            ExprToken op = advance();
            ExprNode right = equality();
            left = new Binary(Operator.AND, left, right, op.start(), left.start(), right.end());
        }
        return left;
    }

    private ExprNode equality() {
        ExprNode left = comparison();
        while (peek().kind() == Kind.EQ || peek().kind() == Kind.NE) {
            ExprToken op = advance();
            ExprNode right = comparison();
            left = new Binary(op.kind() == Kind.EQ ? Operator.EQ : Operator.NE, left, right, op.start(), left.start(),
                    right.end());
        }
        return left;
    }

    private ExprNode comparison() {
        ExprNode left = unary();
        while (true) {
            Operator operator = switch (peek().kind()) {
                case LT -> Operator.LT;
                case LE -> Operator.LE;
                case GT -> Operator.GT;
                case GE -> Operator.GE;
                default -> null;
            };
            if (operator == null) {
                return left;
            }
            ExprToken op = advance();
            ExprNode right = unary();
            left = new Binary(operator, left, right, op.start(), left.start(), right.end());
        }
    }

    private ExprNode unary() {
        if (peek().kind() == Kind.NOT) {
            ExprToken not = advance();
            enter(not);
            ExprNode operand = unary();
            depth--;
            return new Not(operand, not.start(), operand.end());
        }
        return postfix(primary());
    }

    private ExprNode postfix(ExprNode node) {
        ExprNode current = node;
        while (true) {
            ExprToken next = peek();
            if (next.kind() == Kind.DOT) {
                advance();
                ExprToken name = advance();
                if (name.kind() == Kind.STAR) {
                    current = new Filter(current, current.start(), name.end());
                } else if (name.kind() == Kind.IDENT) {
                    current = new Property(current, name.text(), name.start(), current.start(), name.end());
                } else {
                    throw new ExprSyntaxException("Expected a property name or \"*\" after \".\", found "
                            + name.describe(), next.start(), Math.max(next.end(), name.end()));
                }
            } else if (next.kind() == Kind.LBRACKET) {
                advance();
                enter(next);
                ExprNode inner = or();
                depth--;
                ExprToken close = expect(Kind.RBRACKET, "\"]\" to close the index opened here", next);
                current = new Index(current, inner, current.start(), close.end());
            } else {
                return current;
            }
        }
    }

    private ExprNode primary() {
        ExprToken token = advance();
        switch (token.kind()) {
            case NUMBER:
                return new Literal(Literal.Kind.NUMBER, token.text(), number(token.text()), token.start(), token.end());
            case STRING:
                return new Literal(Literal.Kind.STRING, source.substring(token.start(), token.end()), token.text(),
                        token.start(), token.end());
            case LPAREN: {
                enter(token);
                ExprNode inner = or();
                depth--;
                expect(Kind.RPAREN, "\")\" to close the parenthesis opened here", token);
                return inner;
            }
            case IDENT:
                return identifier(token);
            case END:
                throw new ExprSyntaxException("Expression ends where a value is expected", token.start(), token.end());
            default:
                throw new ExprSyntaxException("Unexpected " + token.describe() + " where a value is expected",
                        token.start(), token.end());
        }
    }

    private ExprNode identifier(ExprToken token) {
        String text = token.text();
        switch (text) {
            case "true", "false":
                return new Literal(Literal.Kind.BOOLEAN, text, Boolean.valueOf(text), token.start(), token.end());
            case "null":
                return new Literal(Literal.Kind.NULL, text, null, token.start(), token.end());
            case "NaN":
                return new Literal(Literal.Kind.NUMBER, text, Double.NaN, token.start(), token.end());
            case "Infinity":
                return new Literal(Literal.Kind.NUMBER, text, Double.POSITIVE_INFINITY, token.start(), token.end());
            default:
                break;
        }
        if (peek().kind() != Kind.LPAREN) {
            return new ContextRef(text, token.start(), token.end());
        }
        ExprToken open = advance();
        enter(open);
        List<ExprNode> arguments = new ArrayList<>();
        if (peek().kind() != Kind.RPAREN) {
            while (true) {
                arguments.add(or());
                if (peek().kind() == Kind.COMMA) {
                    advance();
                    continue;
                }
                break;
            }
        }
        depth--;
        ExprToken close = expect(Kind.RPAREN, "\")\" to close the call of " + text + "()", open);
        return new Call(text, token.end(), arguments, token.start(), close.end());
    }

    private static Double number(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        boolean negative = t.startsWith("-");
        String digits = negative ? t.substring(1) : t;
        try {
            double value = digits.startsWith("0x") || digits.startsWith("0X")
                    ? new java.math.BigInteger(digits.substring(2), 16).doubleValue()
                    : Double.parseDouble(digits);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void enter(ExprToken at) {
        if (++depth > MAX_DEPTH) {
            throw new ExprSyntaxException("Expression nests deeper than " + MAX_DEPTH + " levels", at.start(), at.end());
        }
    }

    private ExprToken expect(Kind kind, String what, ExprToken opened) {
        ExprToken token = advance();
        if (token.kind() != kind) {
            int errorStart = token.kind() == Kind.END ? opened.start() : token.start();
            int errorEnd = token.kind() == Kind.END ? opened.end() : token.end();
            throw new ExprSyntaxException("Expected " + what + ", found " + token.describe(), errorStart, errorEnd);
        }
        return token;
    }

    private ExprToken peek() {
        return tokens.get(index);
    }

    private ExprToken advance() {
        ExprToken token = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return token;
    }
}
