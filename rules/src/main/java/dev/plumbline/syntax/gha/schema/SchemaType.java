package dev.plumbline.syntax.gha.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One type of the GitHub Actions schema: a scalar kind (with allowed values), a mapping with known
 * keys, a mapping with free-form keys, a list, alternatives picked by the value's shape, or
 * variants of a mapping picked by one of its keys. Built once by {@link GhaSchema}; immutable after.
 */
public final class SchemaType {

    public enum Kind {
        /** Any scalar; GitHub reads numbers and booleans as their text. */
        STRING,
        BOOLEAN,
        NUMBER,
        INTEGER,
        /** Anything at all. */
        ANY,
        /** A mapping whose keys are {@link #properties()} (and {@link #other()} for the rest, when set). */
        MAPPING,
        /** A mapping with free-form keys whose values are {@link #element()}. */
        MAP,
        /** A sequence of {@link #element()} (a lone scalar counts as one item when {@link #single()}). */
        LIST,
        /** One of {@link #options()}, picked by the value's shape. */
        ONE_OF,
        /** A mapping whose variant ({@link #cases()}) depends on one of its keys. */
        SWITCH,
        /** The {@code on:} mapping: event names to their settings ({@link GhaSchema#event}). */
        EVENTS
    }

    /** One variant of a {@link Kind#SWITCH}: applies when the mapping has {@code key} (matching {@code match}, when set). */
    public record Case(String key, Pattern match, SchemaType type) {

        /** True for the default case, which has no condition. */
        public boolean isDefault() {
            return key == null;
        }
    }

    final String name;
    Kind kind;
    String title;
    String doc;
    String owner;
    boolean ownerReset;
    List<String> values = List.of();
    Map<String, SchemaProperty> properties = Map.of();
    SchemaType other;
    SchemaType element;
    boolean single;
    List<SchemaType> options = List.of();
    List<Case> cases = List.of();

    SchemaType(String name) {
        this.name = name;
    }

    /** The type's name in the schema; empty for an inline type. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Kind kind() {
        return kind;
    }

    /** How messages and hovers name a mapping of this type ("job", "step"); empty when it has none. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** What the type is, in a sentence; empty when the schema says nothing. */
    public Optional<String> doc() {
        return Optional.ofNullable(doc);
    }

    /**
     * The rule that reports problems inside this type and the types below it, e.g.
     * {@code gha/invalid-event} for {@code on:}; empty when the generic schema rules do.
     */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /** True when this type hands problems back to the generic rules ({@code owner: none}). */
    public boolean resetsOwner() {
        return ownerReset;
    }

    /** The allowed values of a string enum; empty when any value goes. */
    public List<String> values() {
        return values;
    }

    /** The known keys of a {@link Kind#MAPPING}, in schema order. */
    public Map<String, SchemaProperty> properties() {
        return properties;
    }

    public Optional<SchemaProperty> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** The type of keys a {@link Kind#MAPPING} does not list; empty when such keys are unknown keys. */
    public Optional<SchemaType> other() {
        return Optional.ofNullable(other);
    }

    /** The values of a {@link Kind#MAP} or the items of a {@link Kind#LIST}. */
    public Optional<SchemaType> element() {
        return Optional.ofNullable(element);
    }

    /** True for a list that also takes a lone scalar as its only item. */
    public boolean single() {
        return single;
    }

    public List<SchemaType> options() {
        return options;
    }

    public List<Case> cases() {
        return cases;
    }

    public boolean isScalar() {
        return kind == Kind.STRING || kind == Kind.BOOLEAN || kind == Kind.NUMBER || kind == Kind.INTEGER;
    }

    /** True for the kinds a mapping can satisfy. */
    public boolean acceptsMapping() {
        return switch (kind) {
            case ANY, MAPPING, MAP, SWITCH, EVENTS -> true;
            case ONE_OF -> options.stream().anyMatch(SchemaType::acceptsMapping);
            default -> false;
        };
    }

    public boolean acceptsSequence() {
        return switch (kind) {
            case ANY, LIST -> true;
            case ONE_OF -> options.stream().anyMatch(SchemaType::acceptsSequence);
            default -> false;
        };
    }

    public boolean acceptsScalar() {
        return switch (kind) {
            case ANY, STRING, BOOLEAN, NUMBER, INTEGER -> true;
            case LIST -> single;
            case ONE_OF -> options.stream().anyMatch(SchemaType::acceptsScalar);
            default -> false;
        };
    }

    /** The type {@code key} has in a mapping of this type: its property's, or {@link #other()}'s. */
    public Optional<SchemaType> typeOfKey(String key) {
        SchemaProperty property = properties.get(key);
        if (property != null) {
            return Optional.of(property.type());
        }
        return kind == Kind.MAP ? element() : other();
    }

    /** What a value of this type looks like, for messages: "a number", "true or false", "one of a, b". */
    public String describe() {
        return switch (kind) {
            case STRING -> values.isEmpty() ? "a string" : values.size() == 1 ? "\"" + values.get(0) + "\""
                    : "one of " + values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
            case INTEGER -> "a whole number";
            case ANY -> "any value";
            case MAPPING, MAP, SWITCH, EVENTS -> "a mapping";
            case LIST -> single ? "a string or a list" : "a list";
            case ONE_OF -> options.stream().map(SchemaType::describe).distinct().collect(Collectors.joining(" or "));
        };
    }

    /** Picks the variant of a {@link Kind#SWITCH} for a mapping with these scalar values by key. */
    public SchemaType variant(Map<String, String> scalarValues, java.util.Set<String> keys) {
        for (Case c : cases) {
            if (c.isDefault()) {
                return c.type();
            }
            if (!keys.contains(c.key())) {
                continue;
            }
            if (c.match() == null) {
                return c.type();
            }
            String value = scalarValues.get(c.key());
            if (value != null && c.match().matcher(value.trim().toLowerCase(Locale.ROOT)).matches()) {
                return c.type();
            }
        }
        return this;
    }

    static Map<String, SchemaProperty> freeze(LinkedHashMap<String, SchemaProperty> map) {
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "SchemaType[" + (name != null ? name : "inline") + " " + kind + "]";
    }
}
