package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprType.ArrayType;
import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExprType.Property;
import dev.plumbline.syntax.gha.expr.ExprType.Simple;
import dev.plumbline.syntax.gha.expr.ExprType.Strictness;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Small operations on {@link ExprType}s and a builder for objects. */
public final class ExprTypes {

    private ExprTypes() {
    }

    /** The type a value of either type has: the type itself when equal, else {@link Simple#ANY}. */
    public static ExprType union(ExprType a, ExprType b) {
        if (a.equals(b)) {
            return a;
        }
        if (a instanceof ArrayType x && b instanceof ArrayType y) {
            return new ArrayType(union(x.elements(), y.elements()));
        }
        return Simple.ANY;
    }

    /** True for objects and arrays, which cannot be written into a string. */
    public static boolean isComposite(ExprType type) {
        return type instanceof ObjectType || type instanceof ArrayType;
    }

    public static Builder object(String what, Strictness strictness) {
        return new Builder(what, strictness);
    }

    /** Collects the properties of an {@link ObjectType}. */
    public static final class Builder {
        private final String what;
        private final Strictness strictness;
        private final Map<String, Property> properties = new LinkedHashMap<>();
        private ExprType other = Simple.ANY;
        private String unknownMessage = "";

        private Builder(String what, Strictness strictness) {
            this.what = what;
            this.strictness = strictness;
        }

        public Builder add(String name, ExprType type) {
            return add(name, type, "");
        }

        /** Adds a property; the first one added under a name (ignoring case) wins. */
        public Builder add(String name, ExprType type, String description) {
            properties.putIfAbsent(name.toLowerCase(Locale.ROOT), new Property(name, type, description));
            return this;
        }

        /** Adds a property, or widens an existing one (any case) to what either type allows. */
        public Builder merge(String name, ExprType type) {
            properties.merge(name.toLowerCase(Locale.ROOT), new Property(name, type, ""),
                    (old, added) -> new Property(old.name(), union(old.type(), added.type()), old.description()));
            return this;
        }

        public Builder otherProperties(ExprType type) {
            this.other = type;
            return this;
        }

        /** The message for an unknown property; {@code %s} is the name as written. */
        public Builder unknownMessage(String message) {
            this.unknownMessage = message;
            return this;
        }

        public ObjectType build() {
            return new ObjectType(what, properties, strictness, other, unknownMessage);
        }
    }
}
