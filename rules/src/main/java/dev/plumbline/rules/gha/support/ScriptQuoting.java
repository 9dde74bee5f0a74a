package dev.plumbline.rules.gha.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What quoting surrounds a place in a script, read the way its interpreter reads it: POSIX shells
 * (single and double quotes, backslash escapes, comments, here-documents), PowerShell (single and
 * expandable double quotes, backtick escapes, comments) and JavaScript (three kinds of string,
 * comments). Used to write a variable reference that means the same thing where an expression was.
 */
public final class ScriptQuoting {

    /** The quoting at one place. */
    public enum Context {
        /** Outside any quotes. */
        NONE,
        /** Inside single quotes: nothing expands (a JavaScript string in single quotes for {@link Language#JAVASCRIPT}). */
        SINGLE,
        /** Inside double quotes (a JavaScript string in double quotes for {@link Language#JAVASCRIPT}). */
        DOUBLE,
        /** Inside a JavaScript template literal (backticks). */
        TEMPLATE,
        /** In the body of a here-document whose delimiter is unquoted: variables expand. */
        HEREDOC,
        /** In the body of a here-document whose delimiter is quoted: nothing expands. */
        QUOTED_HEREDOC,
        /** In a comment. */
        COMMENT
    }

    public enum Language { POSIX, POWERSHELL, JAVASCRIPT }

    private static final Pattern HEREDOC = Pattern.compile("<<-?[ \\t]*(['\"]?)([A-Za-z0-9_.-]+)\\1");

    private ScriptQuoting() {
    }

    /** The quoting context at each of {@code offsets} (ascending) in {@code script}. */
    public static List<Context> at(String script, List<Integer> offsets, Language language) {
        List<Context> out = new ArrayList<>();
        Scanner scanner = new Scanner(script, language);
        for (int offset : offsets) {
            out.add(scanner.advanceTo(offset));
        }
        return out;
    }

    private static final class Scanner {
        private final String s;
        private final Language language;
        private int pos;
        private Context state = Context.NONE;
        /** Pending here-documents opened on the current line: delimiter and whether it was quoted. */
        private final List<String[]> pending = new ArrayList<>();
        private String heredocEnd;
        private boolean heredocStrip;

        Scanner(String s, Language language) {
            this.s = s;
            this.language = language;
        }

        Context advanceTo(int offset) {
            while (pos < offset && pos < s.length()) {
                step();
            }
            return state;
        }

        private void step() {
            char c = s.charAt(pos);
            switch (state) {
                case NONE -> none(c);
                case SINGLE -> {
                    if (c == '\\' && language == Language.JAVASCRIPT) {
                        pos += 2;
                        return;
                    }
                    if (c == '\'') {
                        state = Context.NONE;
                    }
                    pos++;
                }
                case DOUBLE -> {
                    if (c == escape()) {
                        pos += 2;
                        return;
                    }
                    if (c == '"') {
                        state = Context.NONE;
                    } else if (c == '\n' && language == Language.JAVASCRIPT) {
                        state = Context.NONE;
                    }
                    pos++;
                }
                case TEMPLATE -> {
                    if (c == '\\') {
                        pos += 2;
                        return;
                    }
                    if (c == '`') {
                        state = Context.NONE;
                    }
                    pos++;
                }
                case COMMENT -> {
                    if (c == '\n') {
                        state = Context.NONE;
                        newline();
                    } else {
                        pos++;
                    }
                }
                case HEREDOC, QUOTED_HEREDOC -> heredocLine();
            }
        }

        private char escape() {
            return language == Language.POWERSHELL ? '`' : '\\';
        }

        private void none(char c) {
            if (c == escape()) {
                pos += 2;
                return;
            }
            if (c == '\n') {
                newline();
                return;
            }
            if (c == '\'') {
                state = Context.SINGLE;
            } else if (c == '"') {
                state = Context.DOUBLE;
            } else if (c == '`' && language == Language.JAVASCRIPT) {
                state = Context.TEMPLATE;
            } else if (c == '#' && language != Language.JAVASCRIPT && atWordStart()) {
                state = Context.COMMENT;
            } else if (c == '/' && language == Language.JAVASCRIPT && pos + 1 < s.length() && s.charAt(pos + 1) == '/') {
                state = Context.COMMENT;
            } else if (c == '<' && language == Language.POSIX) {
                Matcher m = HEREDOC.matcher(s);
                m.region(pos, s.length());
                if (m.lookingAt() && !s.startsWith("<<<", pos)) {
                    pending.add(new String[] {m.group(2), m.group(1).isEmpty() ? "" : "q",
                            s.startsWith("<<-", pos) ? "-" : ""});
                    pos = m.end();
                    return;
                }
            }
            pos++;
        }

        private boolean atWordStart() {
            return pos == 0 || Character.isWhitespace(s.charAt(pos - 1)) || s.charAt(pos - 1) == ';';
        }

        /** Handles the line break at {@code pos}: here-documents opened on this line start now. */
        private void newline() {
            pos++;
            if (!pending.isEmpty()) {
                String[] doc = pending.remove(0);
                heredocEnd = doc[0];
                heredocStrip = doc[2].equals("-");
                state = doc[1].isEmpty() ? Context.HEREDOC : Context.QUOTED_HEREDOC;
            }
        }

        /** At the start of a body line: the delimiter line ends the document, any other line is body. */
        private void heredocLine() {
            int end = s.indexOf('\n', pos);
            int lineEnd = end < 0 ? s.length() : end;
            String line = s.substring(pos, lineEnd);
            if ((heredocStrip ? line.stripLeading() : line).equals(heredocEnd)) {
                state = Context.NONE;
                pos = lineEnd;
                if (pos < s.length()) {
                    newline();
                }
                return;
            }
            pos = Math.min(s.length(), lineEnd + 1);
        }
    }
}
