package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies parsed nodes some lines up or down without parsing them again. Nodes keep offsets into
 * their own {@link Source} and compute file positions through it, so a copy needs only a moved
 * source (a spliced document mixes sources: each moves on its own); aliases are re-linked to the
 * copies of their targets.
 */
final class DocumentMover {

    private final int delta;
    private final Map<Source, Source> sources = new IdentityHashMap<>();
    private final Map<YamlNode, YamlNode> copies = new IdentityHashMap<>();

    private DocumentMover(int delta) {
        this.delta = delta;
    }

    static YamlDocument move(YamlDocument document, int newStartLine) {
        int delta = newStartLine - document.startLine();
        DocumentMover mover = new DocumentMover(delta);
        YamlNode root = document.root().map(mover::copy).orElse(null);
        List<YamlProblem> problems = new ArrayList<>(document.problems().size());
        for (YamlProblem problem : document.problems()) {
            problems.add(new YamlProblem(problem.kind(), problem.message(), problem.range().shiftLines(delta)));
        }
        return new YamlDocument(mover.moved(document.source()), root, problems, shifted(document.comments(), delta),
                document.hasExplicitStart(), document.truncatedFlag(), document.identity(), document.usesAnchors());
    }

    /** A mover for nodes without anchors or aliases between them (an alias's target must be moved first). */
    static DocumentMover by(int lineDelta) {
        return new DocumentMover(lineDelta);
    }

    static List<YamlComment> shifted(List<YamlComment> comments, int delta) {
        List<YamlComment> out = new ArrayList<>(comments.size());
        for (YamlComment comment : comments) {
            out.add(delta == 0 ? comment : new YamlComment(comment.range().shiftLines(delta), comment.text(), comment.trailing()));
        }
        return out;
    }

    private Source moved(Source source) {
        return sources.computeIfAbsent(source, s -> s.movedTo(s.startLine + delta));
    }

    /** Depth-first in document order, so an alias's target (always earlier) is copied before it. */
    YamlNode copy(YamlNode node) {
        if (delta == 0) {
            return node;
        }
        YamlNode copy;
        if (node instanceof YamlScalar s) {
            copy = new YamlScalar(moved(s.source), s.fullStart, s.start, s.end, s.contentEnd, s.anchor().orElse(null),
                    s.tag().orElse(null), s.value(), s.style(), s.type());
        } else if (node instanceof YamlMapping m) {
            List<YamlEntry> entries = new ArrayList<>(m.size());
            for (YamlEntry entry : m.entries()) {
                YamlNode key = copy(entry.key());
                entries.add(new YamlEntry(key, copy(entry.value())));
            }
            copy = new YamlMapping(moved(m.source), m.fullStart, m.start, m.end, m.anchor().orElse(null),
                    m.tag().orElse(null), entries, m.isFlow(), m.expandedSize);
        } else if (node instanceof YamlSequence q) {
            List<YamlNode> items = new ArrayList<>(q.size());
            for (YamlNode item : q.items()) {
                items.add(copy(item));
            }
            copy = new YamlSequence(moved(q.source), q.fullStart, q.start, q.end, q.anchor().orElse(null),
                    q.tag().orElse(null), items, q.dashOffsets(), q.isFlow(), q.expandedSize);
        } else {
            YamlAlias a = (YamlAlias) node;
            YamlNode target = a.target().map(t -> copies.getOrDefault(t, t)).orElse(null);
            copy = new YamlAlias(moved(a.source), a.start, a.end, a.name(), target, a.expandedSize);
        }
        if (node.anchor().isPresent()) {
            copies.put(node, copy);
        }
        return copy;
    }
}
