package dev.plumbline.engine;

import dev.plumbline.features.EditorFeatures;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;

/**
 * How the engine handles one language: parse a document into the model its rules read, find the
 * suppressions written in it, and write a new one.
 */
public interface LanguageSupport<T> {

    Language language();

    /** Parses {@code document}; never throws on bad input (problems live in the model). */
    T parse(TextDocument document, Cancellation cancellation);

    /**
     * Parses {@code document} knowing {@code previous}, a model this support produced earlier for the
     * same document (any earlier or later version of it), so a language can reuse what an edit did not
     * touch. The result must be indistinguishable from {@code parse(document, cancellation)} for every
     * rule and feature, and it must never throw on bad input either. The default parses from scratch.
     *
     * <p>A language that holds on to parts of {@code previous} must keep them from pinning old
     * snapshots in memory without bound: the editor keeps only the latest model per document.
     */
    default T reparse(T previous, TextDocument document, Cancellation cancellation) {
        return parse(document, cancellation);
    }

    /** The suppressions written in the file (comments, annotations), in both our and peer syntax. */
    List<Suppression> suppressions(T model, TextDocument document);

    /** The edit that adds "ignore {@code finding}'s rule here" to the file, if the language can say so. */
    Optional<Fix> ignoreFix(T model, TextDocument document, Finding finding);

    /** Hover, completion, outline and navigation for this language; none by default. */
    default EditorFeatures<T> features() {
        return EditorFeatures.none();
    }

    /**
     * The findings with the settings the file itself carries for a peer tool applied (e.g. BuildKit's
     * {@code # check=error=true} makes BuildKit's checks errors). Runs before configuration, which
     * overrides it, and only while peer mechanisms are enabled. The default changes nothing.
     */
    default List<Finding> applyFileSettings(T model, TextDocument document, List<Finding> findings) {
        return findings;
    }
}
