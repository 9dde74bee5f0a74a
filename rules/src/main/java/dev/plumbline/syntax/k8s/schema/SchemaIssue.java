package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a resource does not fit its schema.
 *
 * @param kind what is wrong
 * @param range where the finding goes: the unknown key, the wrong or invalid value, or the owner of a
 *     missing field (its key, a list item's {@code name} entry or dash, or the resource's {@code kind})
 * @param message a sentence naming the field and the type that owns it
 * @param node the unknown key or the offending value; empty for a missing field
 * @param field the field concerned: the unknown key's text, the value's field, the missing field
 * @param expected the type the value should have (WRONG_TYPE, INVALID_ENUM)
 * @param suggestions for UNKNOWN_FIELD the field it is probably meant to be (at most one), for
 *     INVALID_ENUM the nearest allowed value (at most one)
 */
public record SchemaIssue(Kind kind, Range range, String message, Optional<YamlNode> node, String field,
        Optional<SchemaType> expected, List<String> suggestions) {

    /** The four ways a value can miss its schema; one rule each. */
    public enum Kind {
        UNKNOWN_FIELD, WRONG_TYPE, MISSING_REQUIRED, INVALID_ENUM
    }

    public SchemaIssue {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(range);
        Objects.requireNonNull(message);
        Objects.requireNonNull(node);
        Objects.requireNonNull(field);
        Objects.requireNonNull(expected);
        suggestions = List.copyOf(suggestions);
    }
}
