package dev.plumbline.syntax.gha.schema;

import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import java.util.Optional;

/**
 * Something in a file that does not fit the schema.
 *
 * @param kind what is wrong
 * @param owner the rule that reports it instead of the generic schema rules (e.g.
 *     {@code gha/invalid-event} under {@code on:}); empty for the generic ones
 * @param range where the finding belongs: the unknown key, the wrong value, or for a missing key the
 *     owner's key (or a step's dash)
 * @param message one sentence naming the key and where it is
 * @param key the unknown, missing or mistyped key ("" for a list item)
 * @param type for {@link Kind#UNKNOWN_KEY} the mapping's type (its keys are the allowed ones), for
 *     {@link Kind#WRONG_TYPE} the expected type, for {@link Kind#MISSING_KEY} the mapping's type
 * @param node the unknown key, the wrong value, or the mapping lacking a key (absent when the value is null)
 */
public record SchemaProblem(Kind kind, Optional<String> owner, Range range, String message, String key,
        SchemaType type, Optional<YamlNode> node) {

    public enum Kind {
        /** A key the mapping does not allow. */
        UNKNOWN_KEY,
        /** A required key that is absent, null or an empty collection. */
        MISSING_KEY,
        /** A value of the wrong shape or kind, or outside its allowed values. */
        WRONG_TYPE
    }

    /** True when the generic schema rules report it (no other rule owns the place). */
    public boolean isGeneric() {
        return owner.isEmpty();
    }

    /** True when {@code ruleId} owns it. */
    public boolean ownedBy(String ruleId) {
        return owner.map(ruleId::equals).orElse(false);
    }
}
