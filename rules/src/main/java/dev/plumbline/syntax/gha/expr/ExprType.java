package dev.plumbline.syntax.gha.expr;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of an expression value as far as the workflow tells: a scalar kind, an object with
 * known properties, or an array. {@link Simple#ANY} stands for "not known here" and never causes a
 * finding.
 */
public sealed interface ExprType permits ExprType.Simple, ExprType.ObjectType, ExprType.ArrayType {

    /** A short name for messages: {@code string}, {@code object}, {@code array} … */
    String describe();

    /** Scalar types and the unknown type. */
    enum Simple implements ExprType {
        ANY("any value"), NULL("null"), BOOL("boolean"), NUMBER("number"), STRING("string");

        private final String description;

        Simple(String description) {
            this.description = description;
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** How an object answers a property it does not list. */
    enum Strictness {
        /**
         * Any property may exist (an event payload, {@code env}, {@code secrets}); unknown ones have
         * {@code otherProperties}' type.
         */
        LOOSE,
        /** The properties are GitHub's fixed set ({@code github}, {@code runner}): another one is a type error. */
        SCHEMA,
        /**
         * The properties are what this workflow declares (step ids, needs, inputs, matrix keys,
         * outputs): another one is an undefined reference.
         */
        DECLARED
    }

    /** One property: its name as written in the workflow or the docs, its type and a one-line description ("" when none). */
    record Property(String name, ExprType type, String description) {
    }

    /**
     * An object. Property lookups ignore case, as GitHub's do.
     *
     * @param what what the object is, for messages ({@code the github context}, {@code step "build"'s outputs})
     * @param properties the known properties by lower-case name, in declaration order
     * @param strictness how unknown properties are treated
     * @param otherProperties the type of properties not listed (for {@link Strictness#LOOSE} objects)
     * @param unknownMessage the message for an unknown property; {@code %s} is the property name as written
     */
    record ObjectType(String what, Map<String, Property> properties, Strictness strictness, ExprType otherProperties,
            String unknownMessage) implements ExprType {

        public ObjectType {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }

        /** An object any property of which has type {@code values}. */
        public static ObjectType loose(String what, ExprType values) {
            return new ObjectType(what, Map.of(), Strictness.LOOSE, values, "");
        }

        public Optional<Property> property(String name) {
            return Optional.ofNullable(properties.get(name.toLowerCase(Locale.ROOT)));
        }

        /** The type of {@code .name}: a listed property's, {@code otherProperties} for a loose object, empty otherwise. */
        public Optional<ExprType> typeOf(String name) {
            Optional<Property> property = property(name);
            if (property.isPresent()) {
                return Optional.of(property.get().type());
            }
            return strictness == Strictness.LOOSE ? Optional.of(otherProperties) : Optional.empty();
        }

        /** The type every value has (what {@code .*} yields per element). */
        public ExprType valueType() {
            ExprType common = null;
            for (Property p : properties.values()) {
                common = common == null ? p.type() : ExprTypes.union(common, p.type());
            }
            if (strictness == Strictness.LOOSE) {
                common = common == null ? otherProperties : ExprTypes.union(common, otherProperties);
            }
            return common == null ? Simple.ANY : common;
        }

        @Override
        public String describe() {
            return "object";
        }

        @Override
        public String toString() {
            return "object " + what + " " + properties.keySet() + " " + strictness;
        }
    }

    /** An array of {@code elements}. */
    record ArrayType(ExprType elements) implements ExprType {

        @Override
        public String describe() {
            return "array";
        }
    }
}
