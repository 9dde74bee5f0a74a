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
