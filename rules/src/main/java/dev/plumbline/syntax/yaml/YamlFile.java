package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML file: its documents in order (together they cover every line of the file), and
 * their comments and problems gathered in file order.
 */
public final class YamlFile {

    private final List<YamlDocument> documents;
    private final List<YamlComment> comments;
    private final List<YamlProblem> problems;

    /** The {@link dev.plumbline.text.TextDocument#snapshot()} parsed, when known: lets a re-parse trust the snapshot's change. */
    private final Object snapshot;

    public YamlFile(List<YamlDocument> documents) {
        this(documents, null);
    }

    YamlFile(List<YamlDocument> documents, Object snapshot) {
        this.snapshot = snapshot;
        this.documents = List.copyOf(documents);
        List<YamlComment> allComments = new ArrayList<>();
        List<YamlProblem> allProblems = new ArrayList<>();
        for (YamlDocument document : this.documents) {
            allComments.addAll(document.comments());
            allProblems.addAll(document.problems());
        }
        this.comments = List.copyOf(allComments);
        this.problems = List.copyOf(allProblems);
    }

    /**
     * The documents in order. A segment without any YAML node (only comments after a final
     * {@code ...}, or an empty file) is a document whose {@link YamlDocument#root()} is empty.
     */
    public List<YamlDocument> documents() {
        return documents;
    }

    /** The documents that hold a node, skipping comment-only segments. */
    public List<YamlDocument> nonEmptyDocuments() {
        return documents.stream().filter(d -> d.root().isPresent()).toList();
    }

    Object snapshot() {
        return snapshot;
    }

    public List<YamlComment> comments() {
        return comments;
    }

    public List<YamlProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The document whose segment holds {@code line}. */
    public Optional<YamlDocument> documentAt(int line) {
        int lo = 0;
        int hi = documents.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            YamlDocument d = documents.get(mid);
            if (line < d.startLine()) {
                hi = mid - 1;
            } else if (mid + 1 < documents.size() && line >= documents.get(mid + 1).startLine()) {
                lo = mid + 1;
            } else {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public Optional<YamlNode> nodeAt(Position position) {
        return documentAt(position.line()).flatMap(d -> d.nodeAt(position));
    }

    public Optional<YamlPath> pathAt(Position position) {
        return documentAt(position.line()).flatMap(d -> d.pathAt(position));
    }

    @Override
    public String toString() {
        return "YamlFile[" + documents.size() + " documents, " + problems.size() + " problems]";
    }
}
