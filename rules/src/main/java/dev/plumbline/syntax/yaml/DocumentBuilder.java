package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds one segment's {@link YamlDocument} from snakeyaml's events, with an explicit stack (any
 * nesting is safe). Aliases are linked to their anchors, never copied; duplicate keys, undefined,
 * recursive and over-budget aliases become problems; a syntax error or the depth limit stops the tree
 * where it happened and keeps what was read before.
 */
final class DocumentBuilder {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("yaml")
            .setParseComments(false)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);

    private final Source source;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, Object> anchors = new HashMap<>(); // name -> YamlNode, or the open Frame
    private final List<YamlProblem> problems = new ArrayList<>();
    private int[] spans = new int[64];
    private int spanCount;
    private YamlNode root;
    private boolean documentSeen;
    private boolean explicitStart;
    private long aliasExpansion;
    private boolean aliasLimitReported;
    private int lastEnd;
    private boolean anchored;

    private DocumentBuilder(Source source) {
        this.source = source;
    }

    static YamlDocument build(YamlSegment segment) {
        DocumentBuilder builder = new DocumentBuilder(new Source(segment.text(), segment.startLine()));
        return builder.run();
    }

    private YamlDocument run() {
        boolean truncated = false;
        try {
            ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, source.text));
            while (parser.hasNext()) {
                if (!accept(parser.next())) {
                    truncated = true;
                    break;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(ProblemMessages.from(e, source, lastEnd));
            truncated = true;
        }
        if (truncated) {
            closeOpenFrames();
        }
        int guessFrom = truncated ? lastEnd : source.text.length();
        List<YamlComment> comments = CommentScanner.scan(source, spans, spanCount, guessFrom);
        return new YamlDocument(source, root, problems, comments, explicitStart, truncated, anchored);
    }

    /** Handles one event; false when the document must stop here. */
    private boolean accept(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> {
                if (documentSeen) {
                    problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, "A second document starts here without '---'",
                            ProblemMessages.token(source, start(event))));
                    return false;
                }
                documentSeen = true;
                explicitStart = ((DocumentStartEvent) event).isExplicit();
            }
            case Scalar -> attach(scalar((ScalarEvent) event));
            case Alias -> attach(alias((AliasEvent) event));
            case MappingStart, SequenceStart -> {
                return open((CollectionStartEvent) event);
            }
            case MappingEnd, SequenceEnd -> attach(close(frames.remove(frames.size() - 1), end(event)));
            default -> {
                // stream start/end, document end, comments: nothing to build
            }
        }
        return true;
    }

    private YamlScalar scalar(ScalarEvent event) {
        int fullStart = start(event);
        int markEnd = end(event);
        String anchor = event.getAnchor().map(Anchor::getValue).orElse(null);
        String tag = event.getTag().orElse(null);
        anchored |= anchor != null;
        int start = anchor == null && tag == null ? fullStart : skipProperties(fullStart, markEnd);
        ScalarStyle style = style(event);
        int end = markEnd;
        if (style.isBlock()) {
            int header = source.lineContentEnd(source.lineOf(start));
            end = blockEnd(start, header, markEnd);
            addSpan(Math.min(header + 1, markEnd), markEnd);
        } else {
            addSpan(start, markEnd);
        }
        lastEnd = Math.max(lastEnd, markEnd);
        YamlScalar scalar = new YamlScalar(source, fullStart, start, end, markEnd, anchor, tag, event.getValue(), style,
                type(event, style, tag));
        if (anchor != null) {
            anchors.put(anchor, scalar);
        }
        return scalar;
    }

    private YamlAlias alias(AliasEvent event) {
        int start = start(event);
        int end = end(event);
        lastEnd = Math.max(lastEnd, end);
        String name = event.getAlias().getValue();
        anchored = true;
        Object defined = anchors.get(name);
        if (defined == null) {
            problems.add(new YamlProblem(YamlProblem.Kind.UNDEFINED_ALIAS,
                    "Alias \"*" + name + "\" has no anchor \"&" + name + "\" before it in this document",
                    source.range(start, end)));
            return new YamlAlias(source, start, end, name, null, 1);
        }
        if (defined instanceof Frame) {
            problems.add(new YamlProblem(YamlProblem.Kind.RECURSIVE_ALIAS,
                    "Alias \"*" + name + "\" refers to a node that contains it; it is not followed",
                    source.range(start, end)));
            return new YamlAlias(source, start, end, name, null, 1);
        }
        YamlNode target = (YamlNode) defined;
        long size = ((BaseNode) target).expandedSize;
        if (aliasExpansion + size > YamlParser.MAX_ALIAS_EXPANSION) {
            if (!aliasLimitReported) {
                aliasLimitReported = true;
                problems.add(new YamlProblem(YamlProblem.Kind.ALIAS_LIMIT,
                        "Aliases in this document expand to more than " + YamlParser.MAX_ALIAS_EXPANSION
                                + " nodes; \"*" + name + "\" and later aliases are not followed",
                        source.range(start, end)));
            }
            return new YamlAlias(source, start, end, name, null, 1);
        }
        aliasExpansion += size;
        return new YamlAlias(source, start, end, name, target, size);
    }

    private boolean open(CollectionStartEvent event) {
        int fullStart = start(event);
        String anchor = event.getAnchor().map(Anchor::getValue).orElse(null);
        String tag = event.getTag().orElse(null);
        anchored |= anchor != null;
        int start = anchor == null && tag == null ? fullStart : skipProperties(fullStart, Integer.MAX_VALUE);
        if (frames.size() >= YamlParser.MAX_DEPTH) {
            problems.add(new YamlProblem(YamlProblem.Kind.DEPTH_LIMIT,
                    "Collections are nested more than " + YamlParser.MAX_DEPTH + " levels deep; the rest of this document is not read",
                    source.range(start, Math.min(source.text.length(), start + 1))));
            return false;
        }
        Frame frame = new Frame(event.getEventId() == Event.ID.MappingStart, event.isFlow(), fullStart, start, anchor, tag);
        frames.add(frame);
        if (anchor != null) {
            anchors.put(anchor, frame);
        }
        return true;
    }

    private YamlNode close(Frame frame, int markEnd) {
        int end;
        if (frame.flow && markEnd >= 0) {
            end = markEnd;
        } else if (frame.mapping ? frame.entries.isEmpty() : frame.items.isEmpty()) {
            end = frame.start;
        } else {
            YamlNode last = frame.mapping ? frame.entries.get(frame.entries.size() - 1).value()
                    : frame.items.get(frame.items.size() - 1);
            end = ((BaseNode) last).end;
        }
        lastEnd = Math.max(lastEnd, end);
        YamlNode node = frame.mapping
                ? new YamlMapping(source, frame.fullStart, frame.start, end, frame.anchor, frame.tag, frame.entries,
                        frame.flow, frame.size)
                : new YamlSequence(source, frame.fullStart, frame.start, end, frame.anchor, frame.tag, frame.items,
                        Arrays.copyOf(frame.dashes, frame.items.size()), frame.flow, frame.size);
        if (frame.anchor != null) {
            anchors.put(frame.anchor, node);
        }
        return node;
    }

    /** After an error: turns the open collections into nodes holding what was read (a dangling key is dropped). */
    private void closeOpenFrames() {
        while (!frames.isEmpty()) {
            Frame frame = frames.remove(frames.size() - 1);
            frame.pendingKey = null;
            attach(close(frame, -1)); // -1: no closing bracket was read; end at the last child
        }
    }

    private void attach(YamlNode node) {
        if (frames.isEmpty()) {
            if (root == null) {
                root = node;
            }
            return;
        }
        Frame parent = frames.get(frames.size() - 1);
        parent.size = saturatedAdd(parent.size, ((BaseNode) node).expandedSize);
        if (!parent.mapping) {
            parent.addItem(node, parent.flow ? -1 : findDash(parent, node));
        } else if (parent.pendingKey == null) {
            parent.pendingKey = node;
        } else {
            YamlEntry entry = new YamlEntry(parent.pendingKey, node);
            parent.pendingKey = null;
            checkDuplicate(parent, entry);
            parent.entries.add(entry);
        }
    }

    private void checkDuplicate(Frame frame, YamlEntry entry) {
        if (!(entry.key() instanceof YamlScalar key)) {
            return;
        }
        String id = key.type() + ":" + key.value();
        YamlEntry first = frame.keys.putIfAbsent(id, entry);
        if (first != null) {
            problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY,
                    "Duplicate key \"" + key.value() + "\" (first defined at " + first.key().range().start() + ")",
                    key.range()));
        }
    }

    /** The dash of a block item: the first '-' between the previous item (or the sequence start) and the item. */
    private int findDash(Frame frame, YamlNode item) {
        String text = source.text;
        int from = frame.items.isEmpty() ? frame.start : ((BaseNode) frame.items.get(frame.items.size() - 1)).end;
        int to = ((BaseNode) item).fullStart;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                return i;
            }
            if (c == '#') {
                while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
        }
        return -1;
    }

    /** Skips {@code &anchor} / {@code !tag} properties (and blanks or comments between them) before a value. */
    private int skipProperties(int from, int limit) {
        String text = source.text;
        int i = from;
        int n = Math.min(text.length(), limit);
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '#' && i > from) {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '&' || c == '!') {
                boolean verbatim = c == '!' && i + 1 < n && text.charAt(i + 1) == '<';
                while (i < n && (verbatim ? text.charAt(i) != '>' : !isBlankOrFlowEnd(text.charAt(i)))) {
                    i++;
                }
                if (verbatim && i < n) {
                    i++;
                }
            } else {
                break;
            }
        }
        return Math.min(i, n);
    }

    private static boolean isBlankOrFlowEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}';
    }

    /** A block scalar's range ends after its last non-blank content character (or its header when it has none). */
    private int blockEnd(int start, int headerEnd, int markEnd) {
        String text = source.text;
        int k = Math.min(markEnd, text.length()) - 1;
        while (k > headerEnd && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k > headerEnd) {
            return k + 1;
        }
        int header = start + 1;
        while (header < headerEnd && "+-0123456789".indexOf(text.charAt(header)) >= 0) {
            header++;
        }
        return header;
    }

    private static ScalarStyle style(ScalarEvent event) {
        return switch (event.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
        };
    }

    private static ScalarType type(ScalarEvent event, ScalarStyle style, String tag) {
        if (tag != null) {
            return typeOfTag(tag);
        }
        if (style != ScalarStyle.PLAIN) {
            return ScalarType.STRING;
        }
        return typeOfTag(RESOLVER.resolve(event.getValue(), true).getValue());
    }

    private static ScalarType typeOfTag(String tag) {
        if (tag.equals(Tag.NULL.getValue())) {
            return ScalarType.NULL;
        } else if (tag.equals(Tag.BOOL.getValue())) {
            return ScalarType.BOOL;
        } else if (tag.equals(Tag.INT.getValue())) {
            return ScalarType.INT;
        } else if (tag.equals(Tag.FLOAT.getValue())) {
            return ScalarType.FLOAT;
        } else if (tag.equals(Tag.STR.getValue()) || tag.equals("!") || tag.equals(Tag.ENV_TAG.getValue())) {
            return ScalarType.STRING;
        }
        return ScalarType.OTHER;
    }

    private void addSpan(int start, int end) {
        if (end <= start) {
            return;
        }
        if (2 * spanCount + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * spanCount] = start;
        spans[2 * spanCount + 1] = end;
        spanCount++;
    }

    private int start(Event event) {
        return offset(event.getStartMark());
    }

    private int end(Event event) {
        return offset(event.getEndMark());
    }

    private int offset(Optional<Mark> mark) {
        return mark.map(m -> source.offsetOfCodePoint(m.getIndex())).orElse(lastEnd);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** A collection being read. */
    private static final class Frame {
        final boolean mapping;
        final boolean flow;
        final int fullStart;
        final int start;
        final String anchor;
        final String tag;
        final List<YamlEntry> entries = new ArrayList<>();
        final Map<String, YamlEntry> keys = new HashMap<>();
        final List<YamlNode> items = new ArrayList<>();
        int[] dashes = new int[4];
        YamlNode pendingKey;
        long size = 1;

        Frame(boolean mapping, boolean flow, int fullStart, int start, String anchor, String tag) {
            this.mapping = mapping;
            this.flow = flow;
            this.fullStart = fullStart;
            this.start = start;
            this.anchor = anchor;
            this.tag = tag;
        }

        void addItem(YamlNode item, int dash) {
            if (items.size() == dashes.length) {
                dashes = Arrays.copyOf(dashes, dashes.length * 2);
            }
            dashes[items.size()] = dash;
            items.add(item);
        }
    }
}
