package dev.plumbline.syntax.yaml;

import dev.plumbline.text.Range;
import java.util.Objects;

/**
 * Something wrong with a YAML document, with a small exact range and a one-sentence message. The
 * language that owns the file decides the rule id and severity it becomes.
 */
public record YamlProblem(Kind kind, String message, Range range) {

    public enum Kind {
        /** Not valid YAML; the document's tree stops where the error is. */
        SYNTAX,
        /** A mapping repeats a key; the range is the repeated key, the message names the first one's position. */
        DUPLICATE_KEY,
        /** An alias {@code *a} with no {@code &a} before it in the document. */
        UNDEFINED_ALIAS,
        /** An alias inside the very node its anchor names; it is left unresolved. */
        RECURSIVE_ALIAS,
        /** Aliases would expand past {@link YamlParser#MAX_ALIAS_EXPANSION} nodes; the excess ones are left unresolved. */
        ALIAS_LIMIT,
        /** Collections nested deeper than {@link YamlParser#MAX_DEPTH}; the document's tree stops there. */
        DEPTH_LIMIT
    }

    public YamlProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
    }

    /** True for problems after which the document's tree is incomplete. */
    public boolean truncatesTree() {
        return kind == Kind.SYNTAX || kind == Kind.DEPTH_LIMIT;
    }

    @Override
    public String toString() {
        return range + " " + kind + " " + message;
    }
}
