package dev.plumbline.syntax.shell;

import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Splits a POSIX shell script into simple {@link Command}s: at {@code &&}, {@code ||}, {@code ;},
 * {@code |}, {@code &}, newlines, subshell parentheses and {@code $(…)}, respecting quotes,
 * backslash escapes, comments and here-documents inside the script. Every word keeps its exact
 * document range (through Dockerfile continuation lines, JSON escapes or YAML scalar styles, via
 * {@link MappedText}).
 * The script of {@code sh -c '…'} (and bash, dash …) is split one level deep.
 *
 * <p>This is a lexer for finding commands, not a shell: control structures are reduced to the
 * commands they contain, and expansions stay as written. It runs in linear time and never throws on
 * malformed input.
 */
public final class ShellCommands {

    /** Names of shells whose {@code -c} script and heredoc input are scripts too. */
    public static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

    private static final Set<String> RESERVED = Set.of(
            "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time", "esac");
    private static final int MAX_DEPTH = 32;

    private ShellCommands() {
    }

    /** The commands of a shell script, with {@code sh -c} scripts split one level deep. */
    public static List<Command> parse(MappedText script) {
        Lexer lexer = new Lexer(script, 0);
        lexer.run();
        return lexer.out;
    }

    /**
     * The command an exec-form array runs, followed by the commands of its {@code sh -c} script, if
     * any. {@code valueText} gives element {@code i}'s decoded value mapped back to the document.
     */
    public static List<Command> parseExec(List<Word> words, Range range, IntFunction<MappedText> valueText) {
        List<Command> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        out.add(new Command(List.of(), words, List.of(), true, 0, range));
        List<String> values = words.stream().map(Word::value).toList();
        int script = shellScriptIndex(values);
        if (script >= 0) {
            Lexer nested = new Lexer(valueText.apply(script), 1);
            nested.run();
            out.addAll(nested.out);
        }
        return out;
    }

    /** True when {@code name} (a path or bare name) is a POSIX-like shell. */
    public static boolean isShell(String name) {
        return SHELLS.contains(name.substring(name.lastIndexOf('/') + 1));
    }

    /**
     * For {@code values} = a shell and its arguments, the index of the {@code -c} script argument;
     * -1 when the shell runs no inline script (or {@code values[0]} is no shell).
     */
    public static int shellScriptIndex(List<String> values) {
        if (values.isEmpty() || !isShell(values.get(0))) {
            return -1;
        }
        boolean inline = false;
        for (int i = 1; i < values.size(); i++) {
            String v = values.get(i);
            if (v.equals("--")) {
                return inline && i + 1 < values.size() ? i + 1 : -1;
            }
            if (v.length() > 1 && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
                if (v.startsWith("--")) {
                    continue;
                }
                if (v.equals("-o") || v.equals("+o") || v.equals("-O") || v.equals("+O")) {
                    i++;
                    continue;
                }
                if (v.charAt(0) == '-' && v.indexOf('c') > 0) {
                    inline = true;
                }
                continue;
            }
            return inline ? i : -1;
        }
        return -1;
    }

    /** A lexed word: logical span in the source, unquoted value and where each value char came from. */
    private record Token(int start, int end, String value, MappedText valueText, boolean quoted) {
    }

    private record PendingHeredoc(String delimiter, boolean chomp) {
    }

    private static final class CommandBuilder {
        final List<Token> assignments = new ArrayList<>();
        final List<Token> words = new ArrayList<>();
        final List<String> heredocs = new ArrayList<>();
        /** Redirection operators and their target tokens (a target is null until read); allocated on first use. */
        List<String> redirectOps;
        List<Token> redirectTargets;
        boolean pipeIn;
        boolean pipeOut;
        int start = -1;
        int end = -1;
        /** 0: none, 1: next word is a redirection target, 2: next word is a heredoc delimiter. */
        int redirect;
        boolean chomp;

        void extend(int from, int to) {
            if (start < 0 || from < start) {
                start = from;
            }
            end = Math.max(end, to);
        }

        void redirection(String operator) {
            if (redirectOps == null) {
                redirectOps = new ArrayList<>(2);
                redirectTargets = new ArrayList<>(2);
            }
            redirectOps.add(operator);
            redirectTargets.add(null);
        }

        boolean isEmpty() {
            return assignments.isEmpty() && words.isEmpty() && heredocs.isEmpty();
        }
    }

    private static final class Lexer {
        private final MappedText src;
        private final String s;
        private final int n;
        private final int nesting;
        private final List<Command> out = new ArrayList<>();
        private final List<PendingHeredoc> pending = new ArrayList<>();
        private int pos;
        private int depth;

        Lexer(MappedText src, int nesting) {
            this.src = src;
            this.s = src.text();
            this.n = s.length();
            this.nesting = nesting;
        }

        void run() {
            while (pos < n) {
                parseList(false);
                if (pos < n) {
                    pos++; // a stray ')' at top level
                }
            }
        }

        /** Parses commands until the end, or until the ')' that closes this list when {@code inParens}. */
        private void parseList(boolean inParens) {
            CommandBuilder cmd = new CommandBuilder();
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                    pos++;
                } else if (c == '\\' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
                    pos += 2;
                } else if (c == '\\' && pos + 2 < n && s.charAt(pos + 1) == '\r' && s.charAt(pos + 2) == '\n') {
                    pos += 3;
                } else if (c == '\n') {
                    cmd = finish(cmd);
                    pos++;
                    consumeHeredocBodies();
                } else if (c == '#') {
                    while (pos < n && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == ';') {
                    cmd = finish(cmd);
                    pos++;
                } else if (c == '&' && pos + 1 < n && s.charAt(pos + 1) == '>') {
                    int opStart = pos;
                    pos += 2;
                    if (pos < n && s.charAt(pos) == '>') {
                        pos++;
                    }
                    cmd.redirect = 1;
                    cmd.redirection(s.substring(opStart, pos));
                    cmd.extend(opStart, pos);
                } else if (c == '&' || c == '|') {
                    boolean pipe = c == '|' && !(pos + 1 < n && s.charAt(pos + 1) == '|');
                    cmd.pipeOut = pipe;
                    CommandBuilder next = finish(cmd);
                    if (next == cmd) {
                        next.pipeOut = false; // nothing before the operator (a group or subshell ended): no feeder known
                    }
                    next.pipeIn = pipe;
                    cmd = next;
                    pos += pos + 1 < n && (s.charAt(pos + 1) == '&' || s.charAt(pos + 1) == '|') ? 2 : 1;
                } else if (c == '(') {
                    cmd = finish(cmd);
                    pos++;
                    nested(pos - 1);
                } else if (c == ')') {
                    cmd = finish(cmd);
                    if (inParens) {
                        pos++;
                        return;
                    }
                    pos++;
                } else if (c == '<' || c == '>') {
                    redirection(cmd);
                } else {
                    Token token = word();
                    accept(cmd, token);
                }
            }
            finish(cmd);
        }

        /** Parses a parenthesised list whose '(' is at {@code open}; deep nesting is skipped, not parsed. */
        private void nested(int open) {
            if (depth < MAX_DEPTH) {
                depth++;
                parseList(true);
                depth--;
            } else {
                pos = skipBalanced(open);
            }
        }

        private void redirection(CommandBuilder cmd) {
            int opStart = pos;
            char c = s.charAt(pos);
            String fd = "";
            // a file-descriptor number written right before the operator is not an argument
            if (!cmd.words.isEmpty()) {
                Token last = cmd.words.get(cmd.words.size() - 1);
                if (last.end == pos && !last.quoted && isDigits(last.value)) {
                    cmd.words.remove(cmd.words.size() - 1);
                    fd = last.value;
                }
            }
            pos++;
            if (pos < n && s.charAt(pos) == '(') {
                // process substitution <(…) / >(…): its commands count, the outer command goes on
                pos++;
                nested(pos - 1);
                cmd.extend(opStart, pos);
                cmd.redirection(c + "(");
                return;
            }
            if (c == '<' && pos < n && s.charAt(pos) == '<') {
                pos++;
                if (pos < n && s.charAt(pos) == '<') {
                    pos++;
                    cmd.redirect = 1; // here-string
                } else {
                    boolean chomp = pos < n && s.charAt(pos) == '-';
                    if (chomp) {
                        pos++;
                    }
                    cmd.redirect = 2;
                    cmd.chomp = chomp;
                }
            } else {
                if (pos < n && (s.charAt(pos) == '>' || s.charAt(pos) == '&' || s.charAt(pos) == '|')) {
                    pos++;
                }
                cmd.redirect = 1;
            }
            cmd.redirection(fd + s.substring(opStart, pos));
            cmd.extend(opStart, pos);
        }

        private void accept(CommandBuilder cmd, Token token) {
            if (cmd.redirect != 0) {
                if (cmd.redirectTargets != null) {
                    cmd.redirectTargets.set(cmd.redirectTargets.size() - 1, token);
                }
                if (cmd.redirect == 2) {
                    cmd.heredocs.add(token.value);
                    pending.add(new PendingHeredoc(token.value, cmd.chomp));
                }
                cmd.redirect = 0;
                cmd.extend(token.start, token.end);
                return;
            }
            if (cmd.words.isEmpty() && isAssignment(token)) {
                cmd.assignments.add(token);
                cmd.extend(token.start, token.end);
                return;
            }
            if (cmd.words.isEmpty() && cmd.assignments.isEmpty() && !token.quoted && RESERVED.contains(token.value)) {
                return;
            }
            cmd.words.add(token);
            cmd.extend(token.start, token.end);
        }

        private CommandBuilder finish(CommandBuilder cmd) {
            if (cmd.isEmpty()) {
                return cmd.redirect == 0 && cmd.start < 0 ? cmd : new CommandBuilder();
            }
            List<Word> assignments = cmd.assignments.stream().map(this::toWord).toList();
            List<Word> words = cmd.words.stream().map(this::toWord).toList();
            List<Redirect> redirects = List.of();
            if (cmd.redirectOps != null) {
                List<Redirect> found = new ArrayList<>(cmd.redirectOps.size());
                for (int i = 0; i < cmd.redirectOps.size(); i++) {
                    Token target = cmd.redirectTargets.get(i);
                    found.add(new Redirect(cmd.redirectOps.get(i),
                            target == null ? Optional.empty() : Optional.of(toWord(target))));
                }
                redirects = found;
            }
            out.add(new Command(assignments, words, cmd.heredocs, false, nesting, src.range(cmd.start, cmd.end),
                    redirects, cmd.pipeIn, cmd.pipeOut));
            if (nesting == 0 && !cmd.words.isEmpty()) {
                List<String> values = cmd.words.stream().map(Token::value).toList();
                int script = shellScriptIndex(values);
                if (script >= 0) {
                    Lexer inner = new Lexer(cmd.words.get(script).valueText, nesting + 1);
                    inner.run();
                    out.addAll(inner.out);
                }
            }
            return new CommandBuilder();
        }

        private Word toWord(Token token) {
            return src.word(token.start, token.end, token.value);
        }

        private void consumeHeredocBodies() {
            for (PendingHeredoc heredoc : pending) {
                while (pos < n) {
                    int eol = s.indexOf('\n', pos);
                    int lineEnd = eol < 0 ? n : eol;
                    int from = pos;
                    int to = lineEnd;
                    if (to > from && s.charAt(to - 1) == '\r') {
                        to--;
                    }
                    if (heredoc.chomp) {
                        while (from < to && s.charAt(from) == '\t') {
                            from++;
                        }
                    }
                    pos = eol < 0 ? n : eol + 1;
                    if (to - from == heredoc.delimiter.length() && s.startsWith(heredoc.delimiter, from)) {
                        break;
                    }
                }
            }
            pending.clear();
        }

        /** Lexes one word starting at {@code pos}: quotes and escapes removed, expansions kept as written. */
        private Token word() {
            int start = pos;
            StringBuilder value = new StringBuilder();
            MappedText.Builder map = MappedText.builder(src.document(), src.startOffset(pos));
            boolean quoted = false;
            while (pos < n) {
                char c = s.charAt(pos);
                if (isWordBreak(c)) {
                    break;
                }
                if (c == '\\') {
                    quoted = true;
                    if (pos + 1 >= n) {
                        pos++;
                    } else if (s.charAt(pos + 1) == '\n') {
                        pos += 2;
                    } else {
                        addEscaped(value, map, pos, 2);
                        pos += 2;
                    }
                } else if (c == '\'') {
                    quoted = true;
                    pos++;
                    while (pos < n && s.charAt(pos) != '\'') {
                        add(value, map, pos++);
                    }
                    pos++;
                } else if (c == '"') {
                    quoted = true;
                    pos++;
                    doubleQuoted(value, map);
                } else if (c == '$') {
                    dollar(value, map);
                } else if (c == '`') {
                    backquoted(value, map);
                } else {
                    add(value, map, pos++);
                }
            }
            int end = Math.min(pos, n);
            return new Token(start, end, value.toString(), map.build(), quoted);
        }

        private void doubleQuoted(StringBuilder value, MappedText.Builder map) {
            while (pos < n) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return;
                }
                if (c == '\\' && pos + 1 < n) {
                    char next = s.charAt(pos + 1);
                    if (next == '\n') {
                        pos += 2;
                    } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
                        addEscaped(value, map, pos, 2);
                        pos += 2;
                    } else {
                        add(value, map, pos++);
                    }
                } else if (c == '$') {
                    dollar(value, map);
                } else if (c == '`') {
                    backquoted(value, map);
                } else {
                    add(value, map, pos++);
                }
            }
        }

        private void dollar(StringBuilder value, MappedText.Builder map) {
            int start = pos;
            if (pos + 1 < n && s.charAt(pos + 1) == '(') {
                if (pos + 2 < n && s.charAt(pos + 2) == '(') {
                    pos = skipBalanced(pos + 1); // arithmetic $((…))
                } else {
                    pos += 2;
                    nested(pos - 1); // command substitution: its commands are commands too
                }
            } else if (pos + 1 < n && s.charAt(pos + 1) == '{') {
                pos = skipBraces(pos + 1);
            } else {
                pos++;
            }
            addRaw(value, map, start, Math.min(pos, n));
        }

        private void backquoted(StringBuilder value, MappedText.Builder map) {
            int start = pos;
            pos++;
            while (pos < n && s.charAt(pos) != '`') {
                pos += s.charAt(pos) == '\\' ? 2 : 1;
            }
            pos = Math.min(n, pos + 1);
            addRaw(value, map, start, pos);
        }

        /** The position after the ')' that matches the '(' at {@code open} (or the end). */
        private int skipBalanced(int open) {
            int level = 0;
            for (int i = open; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    level++;
                } else if (c == ')' && --level == 0) {
                    return i + 1;
                }
            }
            return n;
        }

        /** The position after the '}' that matches the '{' at {@code open} (or the end). */
        private int skipBraces(int open) {
            int level = 0;
            char quote = 0;
            for (int i = open; i < n; i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '\\' && quote == '"') {
                        i++;
                    }
                } else if (c == '\\') {
                    i++;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '{') {
                    level++;
                } else if (c == '}' && --level == 0) {
                    return i + 1;
                }
            }
            return n;
        }

        private void add(StringBuilder value, MappedText.Builder map, int index) {
            int start = src.startOffset(index);
            int end = src.endOffset(index + 1);
            value.append(s.charAt(index));
            map.addDecoded(s.charAt(index), start, Math.max(1, end - start));
        }

        private void addEscaped(StringBuilder value, MappedText.Builder map, int index, int length) {
            int start = src.startOffset(index);
            int end = src.endOffset(index + length);
            char c = s.charAt(index + length - 1);
            value.append(c);
            map.addDecoded(c, start, Math.max(1, end - start));
        }

        private void addRaw(StringBuilder value, MappedText.Builder map, int from, int to) {
            value.append(s, from, to);
            map.addFrom(src, from, to);
        }

        private static boolean isWordBreak(char c) {
            return switch (c) {
                case ' ', '\t', '\r', '\n', '\f', '\u000B', ';', '&', '|', '(', ')', '<', '>' -> true;
                default -> false;
            };
        }

        private static boolean isDigits(String value) {
            if (value.isEmpty()) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** {@code NAME=…} or {@code NAME+=…} with an unquoted valid name. */
        private boolean isAssignment(Token token) {
            int i = token.start;
            if (i >= token.end || !(Character.isLetter(s.charAt(i)) || s.charAt(i) == '_') || s.charAt(i) > 127) {
                return false;
            }
            while (i < token.end && (isNameChar(s.charAt(i)))) {
                i++;
            }
            if (i < token.end && s.charAt(i) == '+') {
                i++;
            }
            return i < token.end && s.charAt(i) == '=';
        }

        private static boolean isNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
    }
}
