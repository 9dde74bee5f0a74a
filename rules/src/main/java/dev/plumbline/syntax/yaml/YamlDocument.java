package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document of a YAML file, parsed on its own: a syntax error here never hides the other
 * documents. It depends only on its segment's text and start line ({@link #text()},
 * {@link #startLine()}), so it can be reused while those stay the same.
 */
public final class YamlDocument {

    private final Source source;
    private final YamlNode root;
    private final List<YamlProblem> problems;
    private final List<YamlComment> comments;
    private final boolean explicitStart;
    private final boolean truncated;
    /** Shared by this document and its moved copies: the same text, parsed once. */
    private final Object identity;
    /** True when some node has an anchor or is an alias: a node may then stand for text elsewhere. */
    private final boolean anchored;

    YamlDocument(Source source, YamlNode root, List<YamlProblem> problems, List<YamlComment> comments,
            boolean explicitStart, boolean truncated, boolean anchored) {
        this(source, root, problems, comments, explicitStart, truncated, new Object(), anchored);
    }

    YamlDocument(Source source, YamlNode root, List<YamlProblem> problems, List<YamlComment> comments,
            boolean explicitStart, boolean truncated, Object identity, boolean anchored) {
        this.identity = identity;
        this.anchored = anchored;
        this.source = source;
        this.root = root;
        this.problems = List.copyOf(problems);
        this.comments = List.copyOf(comments);
        this.explicitStart = explicitStart;
        this.truncated = truncated;
    }

    /**
     * The root node. Empty when the segment holds no document at all (only comments, blank lines or
     * directives, e.g. after a final {@code ...}) or a syntax error came before any node. An empty
     * document ({@code ---} alone) has an empty null scalar as its root.
     */
    public Optional<YamlNode> root() {
        return Optional.ofNullable(root);
    }

    /** The root when it is a mapping, as Kubernetes resources and workflows are. */
    public Optional<YamlMapping> rootMapping() {
        return root().flatMap(YamlNode::asMapping);
    }

    /** Syntax errors, duplicate keys and alias or depth problems, in document order. */
    public List<YamlProblem> problems() {
        return problems;
    }

    /** True when a syntax error or the depth limit cut the tree short; {@link #root()} holds what came before. */
    public boolean isTruncated() {
        return truncated;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<YamlComment> comments() {
        return comments;
    }

    /**
     * True when a node has an anchor ({@code &a}) or is an alias ({@code *a}): then one part of the
     * tree may depend on text elsewhere, and caches of parts of this document must not assume otherwise.
     */
    public boolean usesAnchors() {
        return anchored;
    }

    /**
     * This document with {@code root} in place of its root, for analysing a part of it: the same text,
     * comments and problems. {@code root} must be made of this document's nodes (e.g.
     * {@link YamlMapping#withEntries}).
     */
    public YamlDocument withRoot(YamlNode root) {
        return new YamlDocument(source, root, problems, comments, explicitStart, truncated, new Object(), anchored);
    }

    /** True when the document starts with {@code ---}. */
    public boolean hasExplicitStart() {
        return explicitStart;
    }

    /**
     * What stays the same when an edit elsewhere only moves this document up or down: a document
     * re-parsed from the same text at the same place, or moved by {@link #movedTo}, keeps it; a
     * new parse gets a new one. Caches of per-document results can key on it.
     */
    public Object identity() {
        return identity;
    }

    /**
     * This document as if its segment started on {@code newStartLine}: the same nodes, problems and
     * comments, positioned there (a copy; this document is unchanged). Costs one pass over its nodes,
     * far less than parsing.
     */
    public YamlDocument movedTo(int newStartLine) {
        return newStartLine == startLine() ? this : DocumentMover.move(this, newStartLine);
    }

    boolean truncatedFlag() {
        return truncated;
    }

    /** The segment's text: the document with its leading comments and directives and its {@code ---}/{@code ...} lines. */
    public String text() {
        return source.text;
    }

    public int startLine() {
        return source.startLine;
    }

    /** The last line holding text of this document's segment. */
    public int lastLine() {
        return source.lastLine();
    }

    /** The whole segment. */
    public Range range() {
        return source.range(0, source.text.length());
    }

    public boolean containsLine(int line) {
        return line >= startLine() && line <= Math.max(startLine(), lastLine());
    }

    /** The text of a line of this document, without its line break. */
    public String lineText(int line) {
        int local = line - source.startLine;
        return source.text.substring(source.lineStart(local), source.lineContentEnd(local));
    }

    /** The innermost node at {@code position}. */
    public Optional<YamlNode> nodeAt(Position position) {
        return pathAt(position).map(YamlPath::node);
    }

    /**
     * The entries and items from the root down to {@code position}; empty when no node contains it.
     * Offsets are taken per node: a spliced document's nodes count in their own sources.
     */
    public Optional<YamlPath> pathAt(Position position) {
        if (root == null || !inside((BaseNode) root, position)) {
            return Optional.empty();
        }
        List<YamlPath.Step> steps = new ArrayList<>();
        YamlNode node = root;
        boolean onKey = false;
        while (true) {
            if (node instanceof YamlMapping mapping) {
                YamlEntry hit = pick(mapping.entries(), position);
                if (hit == null) {
                    break;
                }
                steps.add(new YamlPath.Key(mapping, hit));
                BaseNode key = (BaseNode) hit.key();
                BaseNode value = (BaseNode) hit.value();
                int offset = key.source.offsetAt(position);
                if (offset >= key.fullStart && (offset < key.end
                        || (offset == key.end && value.source.offsetAt(position) < value.fullStart))) {
                    node = hit.key();
                    onKey = true;
                } else if (inside(value, position)) {
                    node = hit.value();
                    onKey = false;
                } else {
                    onKey = false;
                    break; // on the colon between key and value
                }
            } else if (node instanceof YamlSequence sequence) {
                int index = pickItem(sequence, sequence.source.offsetAt(position));
                if (index < 0) {
                    break;
                }
                steps.add(new YamlPath.Index(sequence, index));
                YamlNode item = sequence.items().get(index);
                if (!inside((BaseNode) item, position)) {
                    break; // on the dash
                }
                node = item;
                onKey = false;
            } else {
                break;
            }
        }
        return Optional.of(new YamlPath(steps, node, onKey));
    }

    private static boolean inside(BaseNode node, Position position) {
        int offset = node.source.offsetAt(position);
        return offset >= 0 && offset >= node.fullStart && offset <= node.end;
    }

    /** The entry containing {@code position}, preferring one that does not merely end there. */
    private static YamlEntry pick(List<YamlEntry> entries, Position position) {
        YamlEntry touching = null;
        for (YamlEntry entry : entries) {
            // a spliced document's key and value may count in different sources
            BaseNode key = (BaseNode) entry.key();
            BaseNode value = (BaseNode) entry.value();
            int keyOffset = key.source.offsetAt(position);
            if (keyOffset < key.fullStart) {
                continue;
            }
            int valueOffset = value.source.offsetAt(position);
            boolean valueEnds = value.end >= key.end;
            if (keyOffset < key.end || valueOffset >= 0 && valueOffset < value.end) {
                return entry;
            }
            boolean atEnd = valueEnds ? valueOffset == value.end : keyOffset == key.end;
            if (atEnd && touching == null) {
                touching = entry;
            }
        }
        return touching;
    }

    /** Items share their sequence's source. */
    private int pickItem(YamlSequence sequence, int offset) {
        if (offset < 0) {
            return -1;
        }
        int touching = -1;
        for (int i = 0; i < sequence.size(); i++) {
            BaseNode item = (BaseNode) sequence.items().get(i);
            int start = sequence.dashOffset(i) >= 0 ? sequence.dashOffset(i) : item.fullStart;
            if (offset >= start && offset < item.end) {
                return i;
            }
            if (offset == item.end && touching < 0) {
                touching = i;
            }
        }
        return touching;
    }

    Source source() {
        return source;
    }

    @Override
    public String toString() {
        return "YamlDocument[lines " + (startLine() + 1) + "-" + (lastLine() + 1) + ", " + problems.size() + " problems]";
    }
}
