package dev.plumbline.syntax.k8s.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The schema of one value: what kind of value it is and, for objects, its fields. Built-in types come
 * from the generated index ({@link K8sSchema}), custom resource types from a CRD's
 * {@code openAPIV3Schema} ({@link CrdSchemaReader}). Object types may be recursive (a JSON schema's
 * properties are JSON schemas), so fields are linked once while loading and never change afterwards.
 */
public final class SchemaType {

    /** What a value of this type is written as. */
    public enum Kind {
        OBJECT, ARRAY, MAP, STRING, INTEGER, NUMBER, BOOLEAN,
        /** An integer or a string ({@code targetPort: 8080} or {@code targetPort: http}). */
        INT_OR_STRING,
        /** A resource quantity: a number or a string such as {@code 500m}, {@code 1.5Gi}, {@code 1e3}. */
        QUANTITY,
        /** A base64 string ({@code Secret.data}). */
        BYTES,
        /** An RFC 3339 date-time string. */
        DATE_TIME,
        /** Anything (raw JSON). */
        ANY
    }

    public static final SchemaType STRING = primitive(Kind.STRING);
    public static final SchemaType INTEGER = primitive(Kind.INTEGER);
    public static final SchemaType NUMBER = primitive(Kind.NUMBER);
    public static final SchemaType BOOLEAN = primitive(Kind.BOOLEAN);
    public static final SchemaType INT_OR_STRING = primitive(Kind.INT_OR_STRING);
    public static final SchemaType QUANTITY = primitive(Kind.QUANTITY);
    public static final SchemaType BYTES = primitive(Kind.BYTES);
    public static final SchemaType DATE_TIME = primitive(Kind.DATE_TIME);
    public static final SchemaType ANY = primitive(Kind.ANY);

    private static final Supplier<String> NO_DESCRIPTION = () -> "";

    private final Kind kind;
    private final String name;
    private final SchemaType element;
    private final List<String> enumValues;
    private final boolean preservesUnknownFields;
    private final Supplier<String> description;
    private Map<String, SchemaField> fields = Map.of();

    SchemaType(Kind kind, String name, SchemaType element, List<String> enumValues, boolean preservesUnknownFields,
            Supplier<String> description) {
        this.kind = Objects.requireNonNull(kind);
        this.name = name == null ? "" : name;
        this.element = element;
        this.enumValues = List.copyOf(enumValues);
        this.preservesUnknownFields = preservesUnknownFields;
        this.description = description == null ? NO_DESCRIPTION : description;
    }

    private static SchemaType primitive(Kind kind) {
        return new SchemaType(kind, "", null, List.of(), false, null);
    }

    /** A list of {@code items}. */
    public static SchemaType arrayOf(SchemaType items) {
        return new SchemaType(Kind.ARRAY, "", Objects.requireNonNull(items), List.of(), false, null);
    }

    /** A mapping with free keys and {@code values}. */
    public static SchemaType mapOf(SchemaType values) {
        return new SchemaType(Kind.MAP, "", Objects.requireNonNull(values), List.of(), false, null);
    }

    /** A string (or, for list items, each string) restricted to {@code values}. */
    public static SchemaType stringEnum(List<String> values) {
        return new SchemaType(Kind.STRING, "", null, values, false, null);
    }

    /** Links an object type's fields (in the order completion shows them); once, while loading. */
    void linkFields(Map<String, SchemaField> linked) {
        if (!fields.isEmpty()) {
            throw new IllegalStateException("fields of " + name + " are already linked");
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(linked));
    }

    public Kind kind() {
        return kind;
    }

    /** The type's name for people ({@code Container}, {@code ObjectMeta}); "" for anonymous and primitive types. */
    public String name() {
        return name;
    }

    /** Items of an array, values of a map, or an object's {@code additionalProperties}. */
    public Optional<SchemaType> element() {
        return Optional.ofNullable(element);
    }

    /** The fields of an object, by wire name. */
    public Map<String, SchemaField> fields() {
        return fields;
    }

    public Optional<SchemaField> field(String wireName) {
        return Optional.ofNullable(fields.get(wireName));
    }

    /** The allowed values of a string; empty when any string goes. */
    public List<String> enumValues() {
        return enumValues;
    }

    /**
     * True when keys the type does not declare are kept rather than rejected: a CRD's
     * {@code x-kubernetes-preserve-unknown-fields}, or an object schema that declares no properties.
     */
    public boolean preservesUnknownFields() {
        return preservesUnknownFields;
    }

    /** The type's own description (built-in types load descriptions lazily, on the first call). */
    public String description() {
        return description.get();
    }

    /**
     * How hover and messages write the type, as {@code kubectl explain} does: {@code string},
     * {@code integer}, {@code Container}, {@code []Container}, {@code map[string]string},
     * {@code int-or-string}, {@code quantity}.
     */
    public String label() {
        return switch (kind) {
            case OBJECT -> name.isEmpty() ? "object" : name;
            case ARRAY -> "[]" + element.label();
            case MAP -> "map[string]" + element.label();
            case STRING -> "string";
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case INT_OR_STRING -> "int-or-string";
            case QUANTITY -> "quantity";
            case BYTES -> "base64 string";
            case DATE_TIME -> "date-time";
            case ANY -> "any";
        };
    }

    @Override
    public String toString() {
        return "SchemaType[" + label() + (enumValues.isEmpty() ? "" : " " + enumValues) + "]";
    }
}
