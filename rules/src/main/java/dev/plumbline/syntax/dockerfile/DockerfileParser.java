package dev.plumbline.syntax.dockerfile;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.LineIndex;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Reads a Dockerfile the way BuildKit's parser does (directives, comments, continuations with the
 * active escape character, heredocs, JSON vs shell form, flags) and keeps the exact range of every
 * token. Tolerant: what Docker would reject becomes a {@link ParseProblem} on the instruction at
 * fault, and parsing goes on with the next instruction. Never throws on any input (cancellation
 * aside) and runs in linear time.
 */
public final class DockerfileParser {

    /** The instructions Docker knows. */
    public static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
            "WORKDIR");

    private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> DIRECTIVES = Set.of(Directive.SYNTAX, Directive.ESCAPE, Directive.CHECK);

    /** How the problem starts that says the parser itself failed (a bug): only a full parse reproduces it. */
    static final String PARSER_FAILED = "The parser failed on this file";

    private DockerfileParser() {
    }

    public static Dockerfile parse(TextDocument document) {
        return parse(document, Cancellation.NONE);
    }

    /** @throws CancellationException when {@code cancellation} fires */
    public static Dockerfile parse(TextDocument document, Cancellation cancellation) {
        return new Run(document, cancellation).parse();
    }

    /**
     * Parses {@code document} reusing what {@code previous} (a parse of another version of the same
     * file) read from the text the edits left alone: instructions before the first change are kept,
     * those after it are moved rather than read again. The result is the same as
     * {@link #parse(TextDocument, Cancellation)}.
     *
     * @throws CancellationException when {@code cancellation} fires
     */
    public static Dockerfile reparse(Dockerfile previous, TextDocument document, Cancellation cancellation) {
        return IncrementalParser.reparse(previous, document, cancellation);
    }

    /** One parse: the mutable state while reading the document top to bottom. */
    static final class Run {
        private final TextDocument doc;
        private final String text;
        private final LineIndex lines;
        private final int lineCount;
        private final Cancellation cancellation;
        private final List<Directive> directives = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<ParseProblem> problems = new ArrayList<>();
        private char escape = '\\';
        private int directiveLines;
        private int stageIndex = -1;

        Run(TextDocument doc, Cancellation cancellation) {
            this.doc = doc;
            this.text = doc.text();
            this.lines = doc.lineIndex();
            this.lineCount = lines.lineCount();
            this.cancellation = cancellation;
        }

        Dockerfile parse() {
            try {
                readDirectives();
                int line = directiveLines;
                int steps = 0;
                while (line < lineCount) {
                    if ((++steps & 255) == 0) {
                        cancellation.checkCanceled();
                    }
                    line = readLine(line);
                }
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new ParseProblem(PARSER_FAILED + " (" + e.getClass().getSimpleName()
                        + "); later instructions were not read", doc.rangeOf(0, 0)));
            }
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                problems.add(new ParseProblem("NUL character: a Dockerfile must be text", doc.rangeOf(nul, nul + 1)));
            }
            return new Dockerfile(doc, escape, directives, comments, instructions, problems);
        }

        // ---- parts of a parse, for IncrementalParser --------------------------------------------------

        /** Reads the parser directives only: they decide the escape character and where instructions may start. */
        Run readDirectivesOnly() {
            readDirectives();
            return this;
        }

        /** The number of lines the directives take (the first line an instruction may be on). */
        int directiveLines() {
            return directiveLines;
        }

        char escape() {
            return escape;
        }

        /** The index of the stage open after the lines read so far (-1 before the first FROM). */
        int stageIndex() {
            return stageIndex;
        }

        /**
         * Reads lines from {@code from}, where stage {@code stage} is open (-1 before the first FROM),
         * until {@code stop} accepts the next line to read or the text ends; returns that line.
         */
        int readFrom(int from, int stage, java.util.function.IntPredicate stop) {
            stageIndex = stage;
            int line = from;
            int steps = 0;
            while (line < lineCount && !stop.test(line)) {
                if ((++steps & 255) == 0) {
                    cancellation.checkCanceled();
                }
                line = readLine(line);
            }
            return line;
        }

        List<Directive> directives() {
            return directives;
        }

        List<Comment> comments() {
            return comments;
        }

        List<Instruction> instructions() {
            return instructions;
        }

        List<ParseProblem> problems() {
            return problems;
        }

        private int lineStart(int line) {
            int start = lines.lineStart(line);
            if (line == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                start++;
            }
            return start;
        }

        private int lineEnd(int line) {
            return Math.max(lineStart(line), lines.lineContentEnd(line, text));
        }

        private int skipSpace(int from, int to) {
            int i = from;
            while (i < to && DockerWords.isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        // ---- directives ------------------------------------------------------------------------

        private void readDirectives() {
            Set<String> seen = new HashSet<>();
            for (int line = 0; line < lineCount; line++) {
                int start = lineStart(line);
                int end = lineEnd(line);
                int p = skipSpace(start, end);
                if (p >= end || text.charAt(p) != '#') {
                    return;
                }
                int i = p + 1;
                i = skipGoSpace(i, end);
                int nameStart = i;
                if (i >= end || !isAsciiLetter(text.charAt(i))) {
                    return;
                }
                while (i < end && (isAsciiLetter(text.charAt(i)) || Character.isDigit(text.charAt(i)) && text.charAt(i) < 128)) {
                    i++;
                }
                String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
                i = skipGoSpace(i, end);
                if (i >= end || text.charAt(i) != '=') {
                    return;
                }
                int valueStart = skipGoSpace(i + 1, end);
                int valueEnd = end;
                while (valueEnd > valueStart && isGoSpace(text.charAt(valueEnd - 1))) {
                    valueEnd--;
                }
                if (valueEnd <= valueStart || !DIRECTIVES.contains(name)) {
                    return;
                }
                directiveLines = line + 1;
                Range range = doc.rangeOf(p, end);
                Range valueRange = doc.rangeOf(valueStart, valueEnd);
                String value = text.substring(valueStart, valueEnd);
                if (!seen.add(name)) {
                    problems.add(new ParseProblem("Only one " + name + " parser directive can be used", range,
                            ParseProblem.Kind.DUPLICATE_DIRECTIVE));
                    continue;
                }
                directives.add(new Directive(name, value, line, range, valueRange));
                if (name.equals(Directive.ESCAPE)) {
                    if (value.equals("`") || value.equals("\\")) {
                        escape = value.charAt(0);
                    } else {
                        problems.add(new ParseProblem("Invalid escape character '" + value
                                + "': it must be ` or \\", valueRange, ParseProblem.Kind.INVALID_ESCAPE));
                    }
                }
            }
        }

        private int skipGoSpace(int from, int to) {
            int i = from;
            while (i < to && isGoSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isGoSpace(char c) {
            return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n';
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        // ---- lines ---------------------------------------------------------------------------------

        /** Reads the blank line, comment or instruction at {@code line}; returns the next line to read. */
        private int readLine(int line) {
            int start = lineStart(line);
            int end = lineEnd(line);
            int p = skipSpace(start, end);
            if (p >= end) {
                return line + 1;
            }
            if (text.charAt(p) == '#') {
                comments.add(comment(line, p, end, false));
                return line + 1;
            }
            Logical logical = join(line, p);
            try {
                return readInstruction(logical);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new ParseProblem("This instruction cannot be read ("
                        + e.getClass().getSimpleName() + ")", logical.text.range()));
                return logical.resume;
            }
        }

        private Comment comment(int line, int hash, int end, boolean inside) {
            return new Comment(text.substring(hash + 1, end), line, doc.rangeOf(hash, end), hash, inside);
        }

        /** An instruction's logical line: its physical lines joined over continuations. */
        private record Logical(MappedText text, int firstLine, int lastLine, int resume) {
        }

        private Logical join(int firstLine, int firstChar) {
            MappedText.Builder builder = MappedText.builder(doc, firstChar);
            int line = firstLine;
            int segStart = firstChar;
            int resume;
            while (true) {
                int segEnd = lineEnd(line);
                int escapeAt = continuationAt(segStart, segEnd);
                if (escapeAt < 0) {
                    builder.addRun(segStart, segEnd);
                    resume = line + 1;
                    break;
                }
                builder.addRun(segStart, escapeAt);
                int next = line + 1;
                while (next < lineCount) {
                    int ns = lineStart(next);
                    int ne = lineEnd(next);
                    int q = skipSpace(ns, ne);
                    if (q >= ne) {
                        next++; // an empty continuation line: Docker skips it
                    } else if (text.charAt(q) == '#') {
                        comments.add(comment(next, q, ne, true)); // Docker drops comments inside a continuation
                        next++;
                    } else {
                        break;
                    }
                }
                if (next >= lineCount) {
                    resume = lineCount;
                    break;
                }
                line = next;
                segStart = lineStart(next);
            }
            return new Logical(builder.build(), firstLine, line, resume);
        }

        /** The offset of a line-continuation escape at the end of [{@code from}, {@code to}), or -1. */
        private int continuationAt(int from, int to) {
            int e = to;
            while (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
                e--;
            }
            if (e == from || text.charAt(e - 1) != escape) {
                return -1;
            }
            int at = e - 1;
            if (at > from && text.charAt(at - 1) == escape) {
                return -1; // an escaped escape character is not a continuation
            }
            return at;
        }

        // ---- instructions ----------------------------------------------------------------------------

        private int readInstruction(Logical logical) {
            MappedText lt = logical.text;
            InstructionHeader header = InstructionHeader.read(lt, 0, false, escape);
            if (header.name.equals("FROM")) {
                stageIndex++;
            }
            int resume = logical.resume;
            int lastLine = logical.lastLine;
            int endOffset = lt.endOffset();
            List<Heredoc> heredocs = List.of();
            List<ParseProblem> found = new ArrayList<>(header.problems);
            if (header.trigger != null) {
                found.addAll(header.trigger.problems);
            }
            InstructionHeader holder = header.trigger != null ? header.trigger : header;
            if (HEREDOC_KEYWORDS.contains(holder.name) && holder.exec == null) {
                List<Opener> openers = heredocOpeners(lt);
                if (!openers.isEmpty()) {
                    List<Heredoc> read = new ArrayList<>();
                    resume = readHeredocs(lt, openers, resume, read, found);
                    heredocs = read;
                    if (resume - 1 > lastLine) {
                        lastLine = resume - 1;
                        endOffset = Math.max(endOffset, lineEnd(lastLine));
                    }
                }
            }
            int startOffset = lt.startOffset();
            Range range = doc.rangeOf(startOffset, endOffset);
            Instruction instruction = build(header, heredocs, startOffset, endOffset, range, logical.firstLine, lastLine, false);
            instructions.add(instruction);
            // Docker stops at the first error of an instruction; keep the first of each kind, so each
            // rule that explains a kind still sees it
            Set<ParseProblem.Kind> kinds = EnumSet.noneOf(ParseProblem.Kind.class);
            for (ParseProblem problem : found) {
                if (kinds.add(problem.kind())) {
                    problems.add(problem);
                }
            }
            return resume;
        }

        private Instruction build(InstructionHeader h, List<Heredoc> heredocs, int start, int end, Range range, int firstLine,
                int lastLine, boolean trigger) {
            Instruction.Parts parts = new Instruction.Parts(h.keyword, h.flags, h.line, h.argumentText, h.arguments,
                    h.exec, h.shell, heredocs, start, end, range, firstLine, lastLine, stageIndex, trigger);
            return switch (h.name) {
                case "FROM" -> new FromInstruction(parts);
                case "ARG" -> new ArgInstruction(parts, h.declarations);
                case "ENV", "LABEL" -> new KeyValueInstruction(parts, h.pairs);
                case "RUN" -> new RunInstruction(parts);
                case "HEALTHCHECK" -> new HealthcheckInstruction(parts, h.healthType);
                case "ONBUILD" -> {
                    Instruction inner = null;
                    if (h.trigger != null) {
                        InstructionHeader t = h.trigger;
                        int tStart = t.keyword.startOffset();
                        inner = build(t, heredocs, tStart, end, doc.rangeOf(tStart, end), firstLine, lastLine, true);
                    }
                    yield new OnbuildInstruction(parts, inner);
                }
                default -> new Instruction(parts);
            };
        }

        // ---- heredocs -------------------------------------------------------------------------------

        private record Opener(int start, int end, String name, boolean chomp, boolean expand) {
        }

        /** Words of the line like {@code <<EOF}, {@code 2<<-"EOF"}: BuildKit's heredoc markers. */
        private static List<Opener> heredocOpeners(MappedText lt) {
            List<Opener> out = new ArrayList<>();
            String s = lt.text();
            int n = s.length();
            if (s.indexOf("<<") < 0) {
                return out;
            }
            int i = 0;
            while (i < n) {
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
                    i++;
                }
                int start = i;
                char quote = 0;
                while (i < n) {
                    char c = s.charAt(i);
                    if (quote == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                        break;
                    }
                    if (quote == 0 && (c == '\'' || c == '"')) {
                        quote = c;
                    } else if (quote != 0 && c == quote) {
                        quote = 0;
                    } else if (c == '\\' && quote != '\'' && i + 1 < n) {
                        i++;
                    }
                    i++;
                }
                int end = Math.min(i, n);
                Opener opener = opener(s, start, end);
                if (opener != null) {
                    out.add(opener);
                }
            }
            return out;
        }

        private static Opener opener(String s, int start, int end) {
            int k = start;
            while (k < end && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                k++;
            }
            if (k + 2 > end || s.charAt(k) != '<' || s.charAt(k + 1) != '<') {
                return null;
            }
            k += 2;
            boolean chomp = k < end && s.charAt(k) == '-';
            if (chomp) {
                k++;
            }
            String rest = s.substring(k, end);
            if (rest.isEmpty() || rest.indexOf('<') >= 0) {
                return null;
            }
            String name = DockerWords.unquote(rest, '\\');
            if (name.isEmpty()) {
                return null;
            }
            boolean expand = rest.indexOf('\'') < 0 && rest.indexOf('"') < 0;
            return new Opener(start, end, name, chomp, expand);
        }

        /** Reads the bodies of {@code openers} from {@code line} on; returns the line after the last one. */
        private int readHeredocs(MappedText lt, List<Opener> openers, int line, List<Heredoc> out,
                List<ParseProblem> found) {
            boolean broken = false;
            for (Opener opener : openers) {
                Word word = lt.word(opener.start, opener.end);
                if (broken) {
                    int at = line < lineCount ? lines.lineStart(line) : text.length();
                    out.add(new Heredoc(opener.name, opener.chomp, opener.expand, word, MappedText.of(doc, at, at),
                            Optional.empty()));
                    continue;
                }
                int terminator = terminators().next(opener.name, opener.chomp, line);
                int bodyEnd = terminator >= 0 ? terminator : recoveryLine(line);
                int from = line < lineCount ? lines.lineStart(line) : text.length();
                int to = bodyEnd < lineCount ? lines.lineStart(bodyEnd) : text.length();
                MappedText body = MappedText.of(doc, from, Math.max(from, to));
                if (terminator >= 0) {
                    int ts = lines.lineStart(terminator);
                    out.add(new Heredoc(opener.name, opener.chomp, opener.expand, word, body,
                            Optional.of(doc.rangeOf(ts, lineEnd(terminator)))));
                    line = terminator + 1;
                } else {
                    found.add(new ParseProblem("Unterminated heredoc: no line \"" + opener.name + "\" ends it",
                            word.range()));
                    out.add(new Heredoc(opener.name, opener.chomp, opener.expand, word, body, Optional.empty()));
                    line = bodyEnd;
                    broken = true;
                }
            }
            return line;
        }

        private TerminatorIndex terminatorIndex;

        private TerminatorIndex terminators() {
            if (terminatorIndex == null) {
                terminatorIndex = new TerminatorIndex(text, lines);
            }
            return terminatorIndex;
        }

        /**
         * Where to resume after a heredoc nothing terminates: the first line that looks like an
         * instruction (an upper-case keyword), so a half-typed heredoc does not hide the rest of the file.
         */
        private int recoveryLine(int from) {
            for (int j = from; j < lineCount; j++) {
                int start = lines.lineStart(j);
                int end = lines.lineContentEnd(j, text);
                int k = start;
                while (k < end && text.charAt(k) >= 'A' && text.charAt(k) <= 'Z') {
                    k++;
                }
                if (k > start && (k == end || text.charAt(k) == ' ' || text.charAt(k) == '\t')
                        && KEYWORDS.contains(text.substring(start, k))) {
                    return j;
                }
            }
            return lineCount;
        }
    }
}
