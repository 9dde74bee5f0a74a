package dev.plumbline.syntax.gha.schema;

import java.util.List;
import java.util.Optional;

/**
 * A key of a mapping type: its type, whether it must be present, what it means, and whether its value
 * (and everything below it) may hold {@code ${{ }}} expressions.
 *
 * @param name the key
 * @param type the value's type
 * @param required true when the key must be present and not empty
 * @param doc what the key does, one or two sentences (ours, for hover)
 * @param expressionContexts the contexts {@code ${{ }}} may use in the value; empty when the key does
 *     not set them (it then inherits its parent's), an empty list when expressions are not allowed
 * @param functions special functions allowed besides the common ones ({@code success()}, {@code hashFiles()})
 */
public record SchemaProperty(String name, SchemaType type, boolean required, String doc,
        Optional<List<String>> expressionContexts, List<String> functions) {

    public SchemaProperty {
        expressionContexts = expressionContexts.map(List::copyOf);
        functions = List.copyOf(functions);
    }

    public Optional<String> description() {
        return Optional.ofNullable(doc);
    }
}
