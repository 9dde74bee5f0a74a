package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an instruction's logical line says, read the way Docker reads each keyword: the keyword,
 * builder flags, then JSON-or-shell form (RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK CMD), JSON-or-words
 * (COPY, ADD, VOLUME), declarations (ARG), key/value pairs (ENV, LABEL) or a held instruction
 * (ONBUILD), with the problems Docker's parser would report. Heredoc bodies are read afterwards by
 * {@link DockerfileParser}.
 */
final class InstructionHeader {

    /** Instructions whose arguments the builder expands ({@code $VAR}), where a broken {@code ${} fails the build. */
    private static final Set<String> EXPANDED = Set.of("ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL",
            "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

    private final MappedText lt;
    private final String s;
    private final char escape;

    String name;
    Word keyword;
    MappedText line;
    List<Flag> flags = List.of();
    MappedText argumentText;
    List<Word> arguments = List.of();
    ExecForm exec;
    MappedText shell;
    List<ArgInstruction.Declaration> declarations = List.of();
    List<KeyValueInstruction.Pair> pairs = List.of();
    Word healthType;
    InstructionHeader trigger;
    final List<ParseProblem> problems = new ArrayList<>();

    private InstructionHeader(MappedText lt, char escape) {
        this.lt = lt;
        this.s = lt.text();
        this.escape = escape;
    }

    /**
     * Reads the instruction that starts at {@code from} in the logical line {@code lt}.
     *
     * @param isTrigger true for the instruction an ONBUILD holds (not expanded now, cannot nest)
     */
    static InstructionHeader read(MappedText lt, int from, boolean isTrigger, char escape) {
        InstructionHeader h = new InstructionHeader(lt, escape);
        h.read(from, isTrigger);
        return h;
    }

    private void read(int from, boolean isTrigger) {
        int len = s.length();
        int i = from;
        while (i < len && DockerWords.isSpace(s.charAt(i))) {
            i++;
        }
        int kwStart = i;
        while (i < len && !DockerWords.isBlank(s.charAt(i)) && s.charAt(i) != '\n') {
            i++;
        }
        keyword = lt.word(kwStart, i);
        name = keyword.value().toUpperCase(Locale.ROOT);
        line = from == 0 ? lt : lt.slice(kwStart, len);
        int argTo = len;
        while (argTo > i && DockerWords.isSpace(s.charAt(argTo - 1))) {
            argTo--;
        }
        int argFrom = Math.min(readFlags(i, argTo), argTo);
        argumentText = lt.slice(argFrom, argTo);
        switch (name) {
            case "RUN", "CMD", "ENTRYPOINT", "SHELL" -> commandForm(argFrom, argTo);
            case "COPY", "ADD", "VOLUME" -> listForm(argFrom, argTo);
            case "HEALTHCHECK" -> healthcheck(argFrom, argTo);
            case "FROM", "EXPOSE" -> arguments = DockerWords.plain(lt, argFrom, argTo, escape);
            case "ARG" -> arg(argFrom, argTo);
            case "ENV", "LABEL" -> keyValues(argFrom, argTo);
            case "ONBUILD" -> onbuild(argFrom, argTo, isTrigger);
            default -> arguments = DockerWords.quoteAware(lt, argFrom, argTo, escape);
        }
        if (!isTrigger && EXPANDED.contains(name)) {
            unterminatedBrace(kwStart + keyword.text().length(), argTo);
        }
    }

    private void problem(String message, int from, int to) {
        problem(message, from, to, ParseProblem.Kind.SYNTAX);
    }

    private void problem(String message, int from, int to, ParseProblem.Kind kind) {
        problems.add(new ParseProblem(message, lt.range(from, to), kind));
    }

    // ---- flags ------------------------------------------------------------------------------------

    /** Reads {@code --name[=value]} words from {@code from}; returns where the arguments start. */
    private int readFlags(int from, int to) {
        List<Flag> out = new ArrayList<>();
        int i = from;
        while (true) {
            while (i < to && DockerWords.isSpace(s.charAt(i))) {
                i++;
            }
            if (i + 1 >= to || s.charAt(i) != '-' || s.charAt(i + 1) != '-') {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < to) {
                char c = s.charAt(i);
                if (quote == 0 && DockerWords.isSpace(c)) {
                    break;
                }
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < to) {
                    i++;
                }
                i++;
            }
            int end = Math.min(i, to);
            String raw = s.substring(start, end);
            if (raw.equals("--")) {
                break; // the arguments start after it
            }
            int eq = raw.indexOf('=');
            int nameEnd = eq < 0 ? end : start + eq;
            Word token = lt.word(start, end, unquoteFlag(raw));
            Word flagName = lt.word(start, nameEnd, unquoteFlag(s.substring(start + 2, nameEnd)));
            Optional<Word> value = eq < 0 ? Optional.empty()
                    : Optional.of(lt.word(start + eq + 1, end, unquoteFlag(s.substring(start + eq + 1, end))));
            out.add(new Flag(token, flagName, value));
        }
        flags = List.copyOf(out);
        return i;
    }

    /** Docker's flag words: quotes removed, backslash escapes (always backslash, whatever the directive says). */
    private static String unquoteFlag(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == '\\' && i + 1 < raw.length()) {
                out.append(raw.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- exec and shell form ----------------------------------------------------------------------

    private void commandForm(int from, int to) {
        if (from >= to) {
            return;
        }
        JsonArray.Result json = JsonArray.read(lt, from, to);
        if (json.outcome() == JsonArray.Outcome.STRINGS) {
            exec = json.form();
            arguments = exec.elements();
            return;
        }
        if (json.outcome() == JsonArray.Outcome.NOT_STRINGS) {
            notStrings(json);
        } else if (name.equals("SHELL")) {
            problem("SHELL requires a JSON array, e.g. SHELL [\"/bin/sh\", \"-c\"]", from, to,
                    ParseProblem.Kind.SHELL_NOT_JSON);
        }
        shell = argumentText; // the same span
        arguments = DockerWords.quoteAware(lt, from, to, escape);
    }

    private void notStrings(JsonArray.Result json) {
        problem("A JSON array (exec form) must hold strings only", json.badStart(), json.badEnd());
    }

    private void listForm(int from, int to) {
        if (from < to) {
            JsonArray.Result json = JsonArray.read(lt, from, to);
            if (json.outcome() == JsonArray.Outcome.STRINGS) {
                exec = json.form();
                arguments = exec.elements();
                return;
            }
            if (json.outcome() == JsonArray.Outcome.NOT_STRINGS) {
                notStrings(json);
            }
        }
        arguments = DockerWords.plain(lt, from, to, escape);
    }

    /** {@code HEALTHCHECK NONE} or {@code HEALTHCHECK [flags] CMD <command in either form>}. */
    private void healthcheck(int from, int to) {
        int i = from;
        while (i < to && !DockerWords.isSpace(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return;
        }
        healthType = lt.word(from, i);
        int rest = i;
        while (rest < to && DockerWords.isSpace(s.charAt(rest))) {
            rest++;
        }
        List<Word> args = new ArrayList<>();
        args.add(healthType);
        if (rest < to) {
            JsonArray.Result json = JsonArray.read(lt, rest, to);
            if (json.outcome() == JsonArray.Outcome.STRINGS) {
                exec = json.form();
                args.addAll(exec.elements());
            } else {
                if (json.outcome() == JsonArray.Outcome.NOT_STRINGS) {
                    notStrings(json);
                }
                if (healthType.is("CMD")) {
                    shell = lt.slice(rest, to);
                }
                args.addAll(DockerWords.quoteAware(lt, rest, to, escape));
            }
        }
        arguments = List.copyOf(args);
    }

    // ---- ARG, ENV, LABEL ------------------------------------------------------------------------------

    private void arg(int from, int to) {
        List<DockerWords.Span> spans = DockerWords.quoteAwareSpans(lt, from, to, escape);
        arguments = DockerWords.words(lt, spans, escape);
        List<ArgInstruction.Declaration> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            DockerWords.Span span = spans.get(k);
            Word word = arguments.get(k);
            int eq = word.text().indexOf('=');
            if (eq < 0) {
                out.add(new ArgInstruction.Declaration(word, word, Optional.empty()));
                continue;
            }
            Word argName = lt.word(span.start(), span.start() + eq,
                    DockerWords.unquote(word.text().substring(0, eq), escape));
            Word value = lt.word(span.start() + eq + 1, span.end(),
                    DockerWords.unquote(word.text().substring(eq + 1), escape));
            out.add(new ArgInstruction.Declaration(word, argName, Optional.of(value)));
        }
        declarations = List.copyOf(out);
    }

    /** Docker's name/value rule: the first word decides between {@code k=v …} and the legacy {@code k v}. */
    private void keyValues(int from, int to) {
        List<DockerWords.Span> spans = DockerWords.quoteAwareSpans(lt, from, to, escape);
        arguments = DockerWords.words(lt, spans, escape);
        if (spans.isEmpty()) {
            return;
        }
        if (arguments.get(0).text().indexOf('=') < 0) {
            legacyKeyValue(from, to);
            return;
        }
        List<KeyValueInstruction.Pair> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            DockerWords.Span span = spans.get(k);
            Word word = arguments.get(k);
            int eq = word.text().indexOf('=');
            if (eq < 0) {
                problem("Syntax error - can't find = in \"" + word.text() + "\"; it must be of the form name=value",
                        span.start(), span.end(), ParseProblem.Kind.MISSING_EQUALS);
                continue;
            }
            Word key = lt.word(span.start(), span.start() + eq, DockerWords.unquote(word.text().substring(0, eq), escape));
            if (key.value().isEmpty()) {
                problem(name + " names can not be blank", span.start(), span.end(), ParseProblem.Kind.BLANK_NAME);
                continue;
            }
            Word value = lt.word(span.start() + eq + 1, span.end(),
                    DockerWords.unquote(word.text().substring(eq + 1), escape));
            out.add(new KeyValueInstruction.Pair(key, value, false));
        }
        pairs = List.copyOf(out);
    }

    /** {@code ENV key the rest of the line}. */
    private void legacyKeyValue(int from, int to) {
        int keyEnd = from;
        while (keyEnd < to && !DockerWords.isBlank(s.charAt(keyEnd))) {
            keyEnd++;
        }
        int valueStart = keyEnd;
        while (valueStart < to && DockerWords.isBlank(s.charAt(valueStart))) {
            valueStart++;
        }
        Word key = lt.word(from, keyEnd, DockerWords.unquote(s.substring(from, keyEnd), escape));
        if (valueStart >= to) {
            problem(name + " must have two arguments: write " + name + " " + key.value() + "=<value>", from, keyEnd,
                    ParseProblem.Kind.MISSING_VALUE);
            return;
        }
        Word value = lt.word(valueStart, to, DockerWords.unquote(s.substring(valueStart, to), escape));
        pairs = List.of(new KeyValueInstruction.Pair(key, value, true));
    }

    // ---- ONBUILD --------------------------------------------------------------------------------------

    private void onbuild(int from, int to, boolean isTrigger) {
        arguments = DockerWords.quoteAware(lt, from, to, escape);
        if (from >= to || isTrigger) {
            return;
        }
        trigger = read(lt, from, true, escape);
        if (trigger.name.equals("ONBUILD")) {
            problems.add(new ParseProblem("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.keyword.range(),
                    ParseProblem.Kind.ONBUILD_CHAINING));
        } else if (trigger.name.equals("FROM") || trigger.name.equals("MAINTAINER")) {
            problems.add(new ParseProblem(trigger.name + " isn't allowed as an ONBUILD trigger", trigger.keyword.range(),
                    ParseProblem.Kind.ONBUILD_TRIGGER));
        }
    }

    // ---- variable references ----------------------------------------------------------------------

    /** Reports a {@code ${} that nothing closes, in text the builder expands. */
    private void unterminatedBrace(int from, int to) {
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                }
            } else if (c == escape) {
                i++;
            } else if (c == '\'' && quote == 0) {
                quote = '\'';
            } else if (c == '"') {
                quote = quote == '"' ? 0 : '"';
            } else if (c == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
                int close = closingBrace(i + 2, to);
                if (close < 0) {
                    int end = i;
                    while (end < to && !DockerWords.isSpace(s.charAt(end))) {
                        end++;
                    }
                    problem("Unterminated variable reference: \"${\" has no closing \"}\"", i, end);
                    return;
                }
                i = close;
            }
        }
    }

    private int closingBrace(int from, int to) {
        int level = 1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == escape) {
                i++;
            } else if (c == '$' && i + 1 < to && s.charAt(i + 1) == '{') {
                level++;
                i++;
            } else if (c == '}' && --level == 0) {
                return i;
            }
        }
        return -1;
    }
}
