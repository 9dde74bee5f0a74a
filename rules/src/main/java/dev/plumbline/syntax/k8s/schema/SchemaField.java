package dev.plumbline.syntax.k8s.schema;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One field of an object type: its wire name, its type, whether the API server requires it, and its
 * description (a built-in field without one of its own has its type's, as {@code $ref}s do in
 * OpenAPI; loaded lazily).
 */
public final class SchemaField {

    private final String name;
    private final SchemaType owner;
    private final SchemaType type;
    private final boolean required;
    private final Supplier<String> description;

    SchemaField(String name, SchemaType owner, SchemaType type, boolean required, Supplier<String> description) {
        this.name = Objects.requireNonNull(name);
        this.owner = Objects.requireNonNull(owner);
        this.type = Objects.requireNonNull(type);
        this.required = required;
        this.description = description == null ? () -> "" : description;
    }

    /** The key as written in YAML, e.g. {@code imagePullPolicy}. */
    public String name() {
        return name;
    }

    /** The object type that declares it. */
    public SchemaType owner() {
        return owner;
    }

    public SchemaType type() {
        return type;
    }

    /** Required by OpenAPI or, per our curated facts, by the API server's validation. */
    public boolean required() {
        return required;
    }

    public String description() {
        return description.get();
    }

    @Override
    public String toString() {
        return "SchemaField[" + owner.name() + "." + name + " " + type.label() + (required ? " required" : "") + "]";
    }
}
