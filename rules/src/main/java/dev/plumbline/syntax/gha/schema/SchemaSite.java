package dev.plumbline.syntax.gha.schema;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/**
 * What the schema says about one place in a file, for hover and completion: the type of the value
 * there, the key it is the value of (with its description), the event when the place is an event's
 * settings, and whether {@code ${{ }}} may be used there and with which contexts.
 *
 * @param type the type of the node at the place (for a position on a key: the key's value type)
 * @param property the key the place belongs to (for a list item, the list's key), when the schema lists it
 * @param event the event whose settings hold the place, if any
 * @param mapping the type of the mapping holding the key at the place (its properties are the keys
 *     completion offers there), when the place is in a mapping
 * @param expressionContexts the contexts {@code ${{ }}} may use here; empty when expressions are not allowed
 */
public record SchemaSite(SchemaType type, Optional<SchemaProperty> property, Optional<EventSpec> event,
        Optional<SchemaType> mapping, List<String> expressionContexts) {

    /**
     * Follows {@code path} (from {@code YamlDocument.pathAt}) down from {@code root}, the file's
     * root type ({@link GhaSchema#workflow()} or {@link GhaSchema#action()}); empty when the path
     * leaves the schema (an unknown key, a scalar where a mapping was expected).
     */
    public static Optional<SchemaSite> locate(SchemaType root, YamlPath path) {
        return walk(root, path, false);
    }

    /**
     * For key completion: the site of the mapping that holds the last key of {@code path}, known to
     * the schema or not (a half-typed key). {@link #mapping()} is that mapping's type ({@link
     * SchemaType.Kind#EVENTS} under {@code on:}), {@link #type()} the same; {@link #property()} and
     * {@link #event()} are those of the mapping itself. Empty when the path does not end on a key or
     * its mapping is outside the schema.
     */
    public static Optional<SchemaSite> locateKeyHolder(SchemaType root, YamlPath path) {
        if (path.last().isEmpty() || !(path.last().get() instanceof YamlPath.Key)) {
            return Optional.empty();
        }
        return walk(root, path, true);
    }

    private static Optional<SchemaSite> walk(SchemaType root, YamlPath path, boolean holderOfLast) {
        GhaSchema schema = GhaSchema.get();
        SchemaType type = root;
        SchemaProperty property = null;
        EventSpec event = null;
        SchemaType mapping = null;
        List<String> contexts = List.of();
        List<YamlPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            YamlPath.Step step = steps.get(i);
            if (step instanceof YamlPath.Key key) {
                SchemaType holder = resolve(type, key.mapping());
                if (holder == null) {
                    return Optional.empty();
                }
                mapping = holder;
                if (holderOfLast && i == steps.size() - 1) {
                    return Optional.of(new SchemaSite(holder, Optional.ofNullable(property), Optional.ofNullable(event),
                            Optional.of(holder), contexts));
                }
                String name = key.key();
                if (holder.kind() == SchemaType.Kind.EVENTS) {
                    Optional<EventSpec> spec = schema.event(name);
                    if (spec.isEmpty()) {
                        return Optional.empty();
                    }
                    event = spec.get();
                    property = null;
                    type = spec.get().settings();
                    contexts = List.of();
                    continue;
                }
                property = holder.properties().get(name);
                if (property != null) {
                    type = property.type();
                    if (property.expressionContexts().isPresent()) {
                        contexts = property.expressionContexts().get();
                    }
                } else {
                    Optional<SchemaType> other = holder.typeOfKey(name);
                    if (other.isEmpty()) {
                        return Optional.empty();
                    }
                    type = other.get();
                }
            } else if (step instanceof YamlPath.Index index) {
                SchemaType list = resolveList(type, index.sequence());
                if (list == null) {
                    return Optional.empty();
                }
                type = list.element().orElseThrow();
                mapping = null; // the item's key stays the property: an item of `types` is still about `types`
            }
        }
        if (!path.onKey() && path.node().asMapping().isPresent()) {
            SchemaType holder = resolve(type, path.node().asMapping().get());
            if (holder != null) {
                type = holder;
            }
        }
        return Optional.of(new SchemaSite(type, Optional.ofNullable(property), Optional.ofNullable(event),
                Optional.ofNullable(mapping), contexts));
    }

    /** The mapping type {@code type} takes for {@code node}: through alternatives and variants. */
    private static SchemaType resolve(SchemaType type, YamlMapping node) {
        return switch (type.kind()) {
            case MAPPING, MAP, EVENTS -> type;
            case SWITCH -> SchemaValidator.variant(node, type);
            case ONE_OF -> type.options().stream().filter(SchemaType::acceptsMapping).findFirst()
                    .map(t -> resolve(t, node)).orElse(null);
            default -> null;
        };
    }

    private static SchemaType resolveList(SchemaType type, YamlSequence node) {
        return switch (type.kind()) {
            case LIST -> type;
            case ONE_OF -> type.options().stream().filter(t -> t.kind() == SchemaType.Kind.LIST).findFirst().orElse(null);
            default -> null;
        };
    }

    /** True when a scalar at this place may hold {@code ${{ }}}. */
    public boolean allowsExpressions() {
        return !expressionContexts.isEmpty();
    }

    /** The values completion can offer for a scalar here: an enum's values, or true/false. */
    public List<String> valueChoices() {
        return choices(type);
    }

    private static List<String> choices(SchemaType type) {
        return switch (type.kind()) {
            case STRING -> type.values();
            case BOOLEAN -> List.of("true", "false");
            case LIST -> type.element().map(SchemaSite::choices).orElse(List.of());
            case ONE_OF -> type.options().stream().flatMap(t -> choices(t).stream()).distinct().toList();
            default -> List.of();
        };
    }
}
