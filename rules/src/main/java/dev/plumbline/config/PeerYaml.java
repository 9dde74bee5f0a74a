package dev.plumbline.config;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * One read of a peer tool's YAML configuration file as nodes, so every problem gets its place; the
 * problems collect here. Never throws: broken YAML is one problem and no root.
 */
final class PeerYaml {

    private static final int MAX_CHARS = 1024 * 1024;

    private final String fileName;
    private final TextDocument document;
    private final List<ConfigProblem> problems = new ArrayList<>();

    /** @param fileName how messages name the file, e.g. {@code zizmor.yml} */
    PeerYaml(String fileName, String text) {
        this.fileName = fileName;
        this.document = TextDocument.of("config", text.length() > MAX_CHARS ? "" : text);
        if (text.length() > MAX_CHARS) {
            problem(Range.of(0, 0, 0, 0), fileName + " is larger than 1 MB and was not read.");
        }
    }

    /** The problems in the order of the file (stable for ties). */
    List<ConfigProblem> problems() {
        return problems.stream().sorted(java.util.Comparator.comparing((ConfigProblem p) -> p.range().start())).toList();
    }

    /** The root mapping; empty (with a problem unless the file is empty) when there is none. */
    Optional<MappingNode> rootMapping() {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(10).setCodePointLimit(MAX_CHARS).build();
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, document.text())))
                    .getSingleNode();
        } catch (MarkedYamlEngineException e) {
            Range at = e.getProblemMark().map(this::rangeAt).orElse(Range.of(0, 0, 0, 0));
            problem(at, fileName + " is not valid YAML (" + firstLine(e.getProblem()) + "); Plumbline reads nothing from it.");
            return Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException e) {
            problem(Range.of(0, 0, 0, 0), fileName + " is not valid YAML (" + firstLine(e.getMessage())
                    + "); Plumbline reads nothing from it.");
            return Optional.empty();
        }
        if (root.isEmpty() || isNull(root.get())) {
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problem(range(root.get()), fileName + " must be a mapping; Plumbline reads nothing from it.");
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    /** The entries of a mapping with a scalar key, reporting repeated and non-scalar keys (the first one wins). */
    List<NodeTuple> entries(MappingNode mapping) {
        Set<String> seen = new HashSet<>();
        List<NodeTuple> unique = new ArrayList<>();
        for (NodeTuple entry : mapping.getValue()) {
            Optional<String> key = scalar(entry.getKeyNode());
            if (key.isEmpty()) {
                problem(range(entry.getKeyNode()), "A key in " + fileName + " must be a plain name; this entry is ignored.");
            } else if (!seen.add(key.get())) {
                problem(range(entry.getKeyNode()), "\"" + key.get() + "\" is given twice; the first one is used.");
            } else {
                unique.add(entry);
            }
        }
        return unique;
    }

    /** A mapping value, or empty with a problem naming {@code what} (a null value is empty, silently). */
    Optional<MappingNode> mapping(Node value, String what) {
        if (isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problem(range(value), "\"" + what + "\" must be a mapping; it is ignored.");
        return Optional.empty();
    }

    /** The non-blank string items of a list (a lone string counts as a list of one); others are reported. */
    List<String> strings(Node value, String what) {
        if (isNull(value)) {
            return List.of();
        }
        if (value instanceof MappingNode) {
            problem(range(value), "\"" + what + "\" must be a list of strings; it is ignored.");
            return List.of();
        }
        List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            Optional<String> text = scalar(item).map(String::trim).filter(s -> !s.isEmpty());
            if (text.isPresent()) {
                out.add(text.get());
            } else {
                problem(range(item), "\"" + what + "\" takes strings; this entry is skipped.");
            }
        }
        return out;
    }

    /** true or false; anything else is reported and empty. */
    Optional<Boolean> bool(Node value, String what) {
        Optional<String> word = scalar(value).map(s -> s.trim().toLowerCase(Locale.ROOT));
        if (word.isPresent() && (word.get().equals("true") || word.get().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(word.get()));
        }
        problem(range(value), "\"" + what + "\" must be true or false; it is ignored.");
        return Optional.empty();
    }

    void problem(Range range, String message) {
        problems.add(new ConfigProblem(range, message));
    }

    Range range(Node node) {
        Position start = node.getStartMark().map(this::position).orElse(Position.of(0, 0));
        Position end = node.getEndMark().map(this::position).orElse(start);
        return end.isBefore(start) ? Range.empty(start) : new Range(start, end);
    }

    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isPlain()
                && (s.getValue().isEmpty() || s.getValue().equals("null") || s.getValue().equals("~"));
    }

    private Range rangeAt(Mark mark) {
        Position at = position(mark);
        int lineEnd = document.lineText(at.line()).length();
        return Range.of(at.line(), at.character(), at.line(), Math.max(at.character(), lineEnd));
    }

    /** snakeyaml counts columns in code points; LSP counts UTF-16 code units. */
    private Position position(Mark mark) {
        int line = Math.max(0, Math.min(mark.getLine(), document.lineCount() - 1));
        String lineText = document.lineText(line);
        int codePoints = Math.min(mark.getColumn(), lineText.codePointCount(0, lineText.length()));
        return Position.of(line, lineText.offsetByCodePoints(0, codePoints));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message).trim();
    }
}
