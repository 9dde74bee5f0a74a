package dev.plumbline.features;

import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * The editor help one language gives over its parsed model {@code T}: hover, completion, outline,
 * navigation. Every method has a "nothing" default, so a language implements what it can. Like
 * rules, implementations are stateless and must not throw on odd input.
 */
public interface EditorFeatures<T> {

    /** Hover text for what lies at {@code position} (an instruction, a key, a variable …). */
    default Optional<HoverText> hover(T model, TextDocument document, Position position) {
        return Optional.empty();
    }

    /** What may be typed at {@code position}. */
    default List<CompletionCandidate> complete(T model, TextDocument document, Position position) {
        return List.of();
    }

    /** The document's outline. */
    default List<OutlineSymbol> outline(T model, TextDocument document) {
        return List.of();
    }

    /** Where the name at {@code position} is defined. */
    default List<TargetLocation> definition(T model, TextDocument document, Position position) {
        return List.of();
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
