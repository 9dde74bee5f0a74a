package dev.plumbline.features;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;

/**
 * The editor help one language gives over its parsed model {@code T}: hover, completion, outline,
 * navigation. Every method has a "nothing" default, so a language implements what it can. Like
 * rules, implementations are stateless and must not throw on odd input.
 *
 * <p>Hover, completion and definition also come in a form that receives the workspace the document
 * belongs to (what the server's index knows of the other files, and where this one sits), for help
 * that crosses files. By default that form ignores the workspace and answers from the file alone; the
 * file itself is always read from {@code model}, never from the index.
 */
public interface EditorFeatures<T> {

    /** Hover text for what lies at {@code position} (an instruction, a key, a variable …). */
    default Optional<HoverText> hover(T model, TextDocument document, Position position) {
        return Optional.empty();
    }

    /**
     * As {@link #hover(Object, TextDocument, Position)}, with the workspace around the document (empty
     * when it has none, e.g. an untitled buffer).
     */
    default Optional<HoverText> hover(T model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return hover(model, document, position);
    }

    /** What may be typed at {@code position}. */
    default List<CompletionCandidate> complete(T model, TextDocument document, Position position) {
        return List.of();
    }

    /** As {@link #complete(Object, TextDocument, Position)}, with the workspace around the document. */
    default List<CompletionCandidate> complete(T model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return complete(model, document, position);
    }

    /** The document's outline. */
    default List<OutlineSymbol> outline(T model, TextDocument document) {
        return List.of();
    }

    /** Where the name at {@code position} is defined. */
    default List<TargetLocation> definition(T model, TextDocument document, Position position) {
        return List.of();
    }

    /**
     * As {@link #definition(Object, TextDocument, Position)}, with the workspace around the document:
     * targets may then lie in other files.
     */
    default List<TargetLocation> definition(T model, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        return definition(model, document, position);
    }

    /** Every use of the name at {@code position} (and its definition when {@code includeDeclaration}). */
    default List<TargetLocation> references(T model, TextDocument document, Position position,
            boolean includeDeclaration) {
        return List.of();
    }

    /** The ranges in this document to highlight with the name at {@code position}. */
    default List<Range> highlights(T model, TextDocument document, Position position) {
        return references(model, document, position, true).stream()
                .filter(location -> location.uri().equals(document.uri()))
                .map(TargetLocation::range)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static <T> EditorFeatures<T> none() {
        return (EditorFeatures<T>) NONE;
    }

    EditorFeatures<Object> NONE = new EditorFeatures<>() { };
}
