package dev.plumbline.syntax.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a parsed document to another start line without parsing it again. Nodes keep segment
 * offsets and compute file positions through their {@link Source}, so a copy needs only a moved
 * source; aliases are re-linked to the copies of their targets.
 */
final class DocumentMover {

    private final Source source;
    private final Map<YamlNode, YamlNode> copies = new IdentityHashMap<>();

    private DocumentMover(Source source) {
        this.source = source;
    }

    static YamlDocument move(YamlDocument document, int newStartLine) {
        int delta = newStartLine - document.startLine();
        DocumentMover mover = new DocumentMover(document.source().movedTo(newStartLine));
        YamlNode root = document.root().map(mover::copy).orElse(null);
        List<YamlProblem> problems = new ArrayList<>(document.problems().size());
        for (YamlProblem problem : document.problems()) {
            problems.add(new YamlProblem(problem.kind(), problem.message(), problem.range().shiftLines(delta)));
        }
        List<YamlComment> comments = new ArrayList<>(document.comments().size());
        for (YamlComment comment : document.comments()) {
            comments.add(new YamlComment(comment.range().shiftLines(delta), comment.text(), comment.trailing()));
        }
        return new YamlDocument(mover.source, root, problems, comments, document.hasExplicitStart(),
                document.truncatedFlag(), document.identity());
    }

    /** Depth-first in document order, so an alias's target (always earlier) is copied before it. */
    private YamlNode copy(YamlNode node) {
        YamlNode copy;
        if (node instanceof YamlScalar s) {
            copy = new YamlScalar(source, s.fullStart, s.start, s.end, s.contentEnd, s.anchor().orElse(null),
                    s.tag().orElse(null), s.value(), s.style(), s.type());
        } else if (node instanceof YamlMapping m) {
            List<YamlEntry> entries = new ArrayList<>(m.size());
            for (YamlEntry entry : m.entries()) {
                YamlNode key = copy(entry.key());
                entries.add(new YamlEntry(key, copy(entry.value())));
            }
            copy = new YamlMapping(source, m.fullStart, m.start, m.end, m.anchor().orElse(null), m.tag().orElse(null),
                    entries, m.isFlow(), m.expandedSize);
        } else if (node instanceof YamlSequence q) {
            List<YamlNode> items = new ArrayList<>(q.size());
            for (YamlNode item : q.items()) {
                items.add(copy(item));
            }
            copy = new YamlSequence(source, q.fullStart, q.start, q.end, q.anchor().orElse(null), q.tag().orElse(null),
                    items, q.dashOffsets(), q.isFlow(), q.expandedSize);
        } else {
            YamlAlias a = (YamlAlias) node;
            YamlNode target = a.target().map(t -> copies.getOrDefault(t, t)).orElse(null);
            copy = new YamlAlias(source, a.start, a.end, a.name(), target, a.expandedSize);
        }
        if (node.anchor().isPresent()) {
            copies.put(node, copy);
        }
        return copy;
    }
}
