package dev.plumbline.syntax.yaml;

import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Suppression;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions written as comments in any YAML file Plumbline checks:
 * <ul>
 *   <li>{@code # plumbline ignore=<id>[,<id>] [reason]} alone on a line silences those rules on the
 *       node starting on the next line that is neither blank nor a comment; at the end of a line it
 *       silences them on the node(s) starting on that line. "The node" is the whole mapping entry or
 *       sequence item starting there, its value and children included (for {@code - name: x}, the
 *       whole item);</li>
 *   <li>{@code # plumbline global ignore=<id>} anywhere silences them in the whole file;</li>
 *   <li>{@code # zizmor: ignore[<audit>,...]} (peer syntax) works the same way on the line it ends
 *       or the node below it, matched against zizmor peer ids.</li>
 * </ul>
 */
public final class YamlSuppressions {

    private static final Pattern ZIZMOR = Pattern.compile("^\\s*zizmor:\\s*ignore\\[([^\\]]*)\\]");

    private YamlSuppressions() {
    }

    public static List<Suppression> of(YamlFile file, TextDocument document) {
        List<Suppression> out = new ArrayList<>();
        Set<Integer> commentLines = ownLineCommentLines(file);
        Range wholeFile = document.rangeOf(0, document.text().length());
        for (YamlComment comment : file.comments()) {
            Optional<IgnoreComment> ours = IgnoreComment.parse(comment.text());
            if (ours.isPresent()) {
                Range scope = ours.get().global() ? wholeFile : scopeOf(file, document, commentLines, comment);
                out.add(Suppression.plumbline(scope, ours.get().ids()));
                continue;
            }
            Matcher zizmor = ZIZMOR.matcher(comment.text());
            if (zizmor.find()) {
                Set<String> ids = new LinkedHashSet<>();
                Arrays.stream(zizmor.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
                out.add(new Suppression(scopeOf(file, document, commentLines, comment), PeerId.ZIZMOR, ids, false));
            }
        }
        return out;
    }

    /** Where a comment suppression applies: its own line when trailing, the next code line when alone. */
    public static Range scopeOf(YamlFile file, TextDocument document, YamlComment comment) {
        return scopeOf(file, document, ownLineCommentLines(file), comment);
    }

    private static Range scopeOf(YamlFile file, TextDocument document, Set<Integer> commentLines, YamlComment comment) {
        int line = comment.line();
        if (comment.ownLine()) {
            line = nextCodeLine(document, commentLines, line).orElse(line);
        }
        return scopeOfLine(file, document, line);
    }

    /**
     * The lines covered by the entries and items that start on {@code line} (values and children
     * included), from the line's start; just that line when nothing starts there.
     */
    public static Range scopeOfLine(YamlFile file, TextDocument document, int line) {
        Position lineStart = Position.of(line, 0);
        Position end = document.lineRange(Math.min(line, document.lineCount() - 1)).end();
        Optional<YamlDocument> yaml = file.documentAt(line);
        if (yaml.isPresent() && yaml.get().root().isPresent()) {
            Optional<Position> extentEnd = extentEnd(yaml.get().root().get(), line);
            if (extentEnd.isPresent() && extentEnd.get().isAfter(end)) {
                end = document.lineRange(extentEnd.get().line()).end();
            }
        }
        return new Range(lineStart, end);
    }

    /**
     * The furthest end of what starts on {@code line}: block entries and items (with their values),
     * and flow collections or scalars whose own entry started on an earlier line.
     */
    static Optional<Position> extentEnd(YamlNode root, int line) {
        Position end = null;
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode node = todo.pop();
            Range full = node.fullRange();
            if (!spans(full, line)) {
                continue;
            }
            boolean block = node instanceof YamlMapping m ? !m.isFlow() : node instanceof YamlSequence s && !s.isFlow();
            if (!block && full.start().line() == line) {
                end = later(end, node.range().end());
                continue;
            }
            if (node instanceof YamlMapping mapping) {
                for (YamlEntry entry : mapping.entries()) {
                    Range range = entry.range();
                    if (range.start().line() == line) {
                        end = later(end, range.end());
                    } else if (spans(range, line)) {
                        todo.push(entry.key());
                        todo.push(entry.value());
                    }
                }
            } else if (node instanceof YamlSequence sequence) {
                for (int i = 0; i < sequence.size(); i++) {
                    Range range = sequence.itemRange(i);
                    if (range.start().line() == line) {
                        end = later(end, range.end());
                    } else if (spans(range, line)) {
                        todo.push(sequence.items().get(i));
                    }
                }
            }
        }
        return Optional.ofNullable(end);
    }

    /** The first line after {@code line} that is neither blank nor only a comment. */
    static Optional<Integer> nextCodeLine(TextDocument document, Set<Integer> commentLines, int line) {
        for (int next = line + 1; next < document.lineCount(); next++) {
            if (!document.lineText(next).isBlank() && !commentLines.contains(next)) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private static Set<Integer> ownLineCommentLines(YamlFile file) {
        Set<Integer> lines = new HashSet<>();
        for (YamlComment comment : file.comments()) {
            if (comment.ownLine()) {
                lines.add(comment.line());
            }
        }
        return lines;
    }

    private static boolean spans(Range range, int line) {
        return range.start().line() <= line && line <= range.end().line();
    }

    private static Position later(Position a, Position b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
