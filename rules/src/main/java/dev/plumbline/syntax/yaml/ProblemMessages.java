package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * Turns snakeyaml's exceptions (multi-line messages with context snippets) into one readable sentence
 * and a small range: the offending token, the rest of a misplaced line, or the opener of an unclosed
 * quote or bracket.
 */
final class ProblemMessages {

    private static final Pattern FOUND = Pattern.compile("but (?:found|got):? ?'?(.*?)'?$");
    private static final Pattern CHAR_CODE = Pattern.compile("(?s)'?(.)'? ?\\((\\d+)\\)");
    private static final Pattern TAB = Pattern.compile("\\\\t\\(TAB\\)");
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("<block mapping start>", "a mapping entry"),
            Map.entry("?", "a mapping entry"),
            Map.entry("<block sequence start>", "a sequence"),
            Map.entry("-", "a sequence item '-'"),
            Map.entry("<scalar>", "text"),
            Map.entry("<block end>", "the end of a block"),
            Map.entry("<anchor>", "an anchor"),
            Map.entry("<alias>", "an alias"),
            Map.entry("<tag>", "a tag"),
            Map.entry("<document start>", "'---'"),
            Map.entry("<document end>", "'...'"),
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<directive>", "a directive"),
            Map.entry(":", "':'"),
            Map.entry(",", "','"),
            Map.entry("[", "'['"),
            Map.entry("]", "']'"),
            Map.entry("{", "'{'"),
            Map.entry("}", "'}'"));
    private static final Map<String, String> CONTEXTS = Map.of(
            "while scanning a block scalar", " in a block scalar header",
            "while scanning an anchor", " in an anchor",
            "while scanning an alias", " in an alias",
            "while scanning a tag", " in a tag",
            "while scanning a double-quoted scalar", " in a double-quoted string",
            "while scanning a directive", " in a directive",
            "while scanning a plain scalar", " in a plain value",
            "while scanning a simple key", " in a key");

    private ProblemMessages() {
    }

    /** A problem for anything snakeyaml (or a bug in it) threw; {@code fallback} is where parsing had got to. */
    static YamlProblem from(Throwable error, Source source, int fallback) {
        if (error instanceof MarkedYamlEngineException marked) {
            return fromMarked(marked, source, fallback);
        }
        if (error instanceof ReaderException reader) {
            int at = source.offsetOfCodePoint(reader.getPosition());
            int width = Character.charCount(reader.getCodePoint());
            return syntax(String.format(Locale.ROOT, "Character U+%04X is not allowed in YAML", reader.getCodePoint()),
                    source.range(at, Math.min(source.text.length(), at + width)));
        }
        if (error instanceof YamlVersionException) {
            int at = Math.max(0, source.text.indexOf("%YAML"));
            return syntax("Unsupported YAML version; Plumbline reads YAML 1.x", lineRest(source, at));
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : firstLine(error.getMessage());
        return syntax("YAML could not be read here: " + message, token(source, fallback));
    }

    private static YamlProblem fromMarked(MarkedYamlEngineException e, Source source, int fallback) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int at = offset(e.getProblemMark(), source).orElse(fallback);
        Optional<Integer> contextAt = offset(e.getContextMark(), source);
        String found = found(problem);

        if (problem.contains("that cannot start any token")) {
            char c = at < source.text.length() ? source.text.charAt(at) : ' ';
            if (c == '\t') {
                return syntax("Tabs cannot indent YAML; use spaces", run(source, at, '\t'));
            }
            if (c == '@' || c == '`') {
                return syntax("'" + c + "' is reserved in YAML and cannot start a plain value; quote the value",
                        token(source, at));
            }
            return syntax("'" + c + "' cannot start a YAML value", token(source, at));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return syntax("Unexpected ':' here; quote the value if it contains ': ', or fix the indentation of this line",
                    source.range(at, Math.min(source.text.length(), at + 1)));
        }
        if (context.contains("quoted scalar") && contextAt.isPresent()
                && (problem.contains("end of stream") || problem.contains("document separator"))) {
            int open = contextAt.get();
            String kind = open < source.text.length() && source.text.charAt(open) == '\'' ? "single" : "double";
            return syntax("Unclosed " + kind + "-quoted string: the closing quote is missing", lineRest(source, open));
        }
        if (problem.startsWith("found unknown escape character")) {
            int slash = Math.max(0, at - 1);
            return syntax("Unknown escape sequence '\\" + source.text.charAt(Math.min(at, source.text.length() - 1))
                    + "' in a double-quoted string", source.range(slash, Math.min(source.text.length(), at + 1)));
        }
        if (problem.startsWith("expected <block end>")) {
            String block = context.contains("mapping") ? "mapping" : "sequence";
            String where = contextAt.map(o -> "the enclosing block " + block + " starts at " + source.position(o))
                    .orElse("inside a block " + block);
            if (found.equals("<scalar>")) {
                return syntax("Unexpected text here; quote the whole value, or check the indentation (" + where + ")",
                        lineRest(source, at));
            }
            return syntax("Bad indentation: " + describe(found) + " cannot start here (" + where + ")",
                    lineRest(source, at));
        }
        if (problem.startsWith("unexpected character found")
                && (context.contains("anchor") || context.contains("alias")) && contextAt.isPresent()) {
            boolean anchor = context.contains("anchor");
            int from = contextAt.get();
            return syntax("Expected " + (anchor ? "an anchor" : "an alias") + " name after '" + (anchor ? "&" : "*") + "'",
                    source.range(from, Math.max(from + 1, Math.min(at, source.lineContentEnd(source.lineOf(from))))));
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean sequence = context.contains("sequence");
            String open = sequence ? "[" : "{";
            String close = sequence ? "]" : "}";
            if (contextAt.isPresent() && source.lineOf(contextAt.get()) != source.lineOf(at)) {
                int opener = contextAt.get();
                return syntax("Unclosed '" + open + "': expected ',' or '" + close + "' before " + describe(found)
                        + " at " + source.position(at), source.range(opener, opener + 1));
            }
            return syntax("Expected ',' or '" + close + "' in the flow " + (sequence ? "sequence" : "mapping")
                    + ", but found " + describe(found), token(source, at));
        }
        if (problem.startsWith("expected the node content")) {
            return syntax("Expected a value, but found " + describe(found), token(source, at));
        }
        if (problem.startsWith("expected '<document start>'")) {
            return syntax("Found " + describe(found) + " after the end of the document", token(source, at));
        }
        if (problem.startsWith("could not find expected ':'")) {
            return syntax("Expected ':' after this key (a key must fit on one line)",
                    lineRest(source, contextAt.orElse(at)));
        }
        if (problem.contains("before directives")) {
            return syntax("A directive must come after '...' ends the previous document", lineRest(source, at));
        }
        return syntax(sentence(problem) + CONTEXTS.getOrDefault(context, ""), token(source, at));
    }

    private static Optional<Integer> offset(Optional<Mark> mark, Source source) {
        return mark.map(m -> source.offsetOfCodePoint(m.getIndex()));
    }

    private static String found(String problem) {
        Matcher m = FOUND.matcher(problem);
        return m.find() ? m.group(1).trim() : "";
    }

    private static String describe(String token) {
        String known = TOKENS.get(token);
        return known != null ? known : token.isEmpty() ? "something" : "'" + token + "'";
    }

    /** snakeyaml's problem text made into one clean sentence. */
    private static String sentence(String problem) {
        String text = TAB.matcher(problem).replaceAll("tab");
        Matcher m = CHAR_CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(describeChar(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        String one = out.toString().replaceAll("\\s+", " ").trim();
        if (one.isEmpty()) {
            return "Invalid YAML";
        }
        return Character.toUpperCase(one.charAt(0)) + one.substring(1);
    }

    private static String describeChar(int codePoint) {
        return switch (codePoint) {
            case '\n', '\r' -> "a line break";
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> Character.isISOControl(codePoint)
                    ? String.format(Locale.ROOT, "U+%04X", codePoint)
                    : "'" + new String(Character.toChars(codePoint)) + "'";
        };
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }

    private static YamlProblem syntax(String message, Range range) {
        return new YamlProblem(YamlProblem.Kind.SYNTAX, message, range);
    }

    /** The token at {@code at}: one indicator character or a run of non-blank characters on that line. */
    static Range token(Source source, int at) {
        String text = source.text;
        int start = Math.max(0, Math.min(at, text.length()));
        if (start >= text.length() || isBreakOrBlank(text.charAt(start))) {
            // at a line end or the end of the text: point at the last character written before it
            int k = start - 1;
            while (k >= 0 && isBreakOrBlank(text.charAt(k))) {
                k--;
            }
            if (k < 0) {
                return source.range(start, start);
            }
            int from = Character.isLowSurrogate(text.charAt(k)) && k > 0 ? k - 1 : k;
            return source.range(from, k + 1);
        }
        char c = text.charAt(start);
        if ("[]{},:?-|>".indexOf(c) >= 0) {
            return source.range(start, start + 1);
        }
        int end = start;
        while (end < text.length() && !isBreakOrBlank(text.charAt(end))) {
            end++;
        }
        return source.range(start, end);
    }

    /** From {@code at} to the end of its line, without trailing blanks or a trailing comment. */
    static Range lineRest(Source source, int at) {
        String text = source.text;
        int start = Math.max(0, Math.min(at, text.length()));
        int end = source.lineContentEnd(source.lineOf(start));
        int comment = text.indexOf(" #", start);
        if (comment >= 0 && comment < end && comment > start) {
            end = comment;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return end > start ? source.range(start, end) : token(source, start);
    }

    private static Range run(Source source, int at, char c) {
        int end = at;
        while (end < source.text.length() && source.text.charAt(end) == c) {
            end++;
        }
        return source.range(at, Math.max(end, Math.min(at + 1, source.text.length())));
    }

    private static boolean isBreakOrBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
