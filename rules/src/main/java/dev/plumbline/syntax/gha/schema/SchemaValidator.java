package dev.plumbline.syntax.gha.schema;

import dev.plumbline.syntax.yaml.YamlAlias;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.syntax.yaml.ScalarType;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a positioned YAML tree against a {@link SchemaType}: unknown keys, required keys that are
 * missing or empty, and values of the wrong shape, kind or enum. A scalar holding {@code ${{ }}} where
 * the key accepts expressions is accepted whatever the type (its value is known only at run time).
 * Aliases are not followed (their anchor is checked where it is written), merge keys are skipped
 * (GitHub rejects them; another rule says so) and null values pass unless the key is required.
 * Never throws; the walk is iterative over the tree's own size.
 */
public final class SchemaValidator {

    private final List<SchemaProblem> problems = new ArrayList<>();

    private SchemaValidator() {
    }

    /** Every problem in {@code root} read as {@code type}; {@code ownerRange} is where problems about the root itself go. */
    public static List<SchemaProblem> validate(YamlNode root, SchemaType type, Range ownerRange) {
        SchemaValidator validator = new SchemaValidator();
        validator.check(root, type, new Context(null, false, "", ownerRange, Where.NONE, null));
        return List.copyOf(validator.problems);
    }

    /**
     * Where the walk is.
     *
     * @param owner the rule owning problems here, null for the generic rules
     * @param expressions whether {@code ${{ }}} is accepted here
     * @param key the key whose value is checked ("" for the root or a list item)
     * @param ownerRange where a problem about this value as a whole goes (its key, its dash)
     * @param where how messages name the enclosing mapping ("job \"build\"")
     * @param name the map key or list index that names this value, for titles
     */
    /** How messages name the enclosing mapping, rendered only when a problem is reported. */
    private record Where(String title, String name, String text) {

        static final Where NONE = new Where(null, null, "");

        String render() {
            return title == null ? text : name != null ? title + " \"" + name + "\"" : title;
        }
    }

    private record Context(String owner, boolean expressions, String key, Range ownerRange, Where where, String name,
            boolean item) {

        Context(String owner, boolean expressions, String key, Range ownerRange, Where where, String name) {
            this(owner, expressions, key, ownerRange, where, name, false);
        }

        Context enter(SchemaType type) {
            if (type.resetsOwner()) {
                return new Context(null, expressions, key, ownerRange, where, name, item);
            }
            return type.owner().isPresent()
                    ? new Context(type.owner().get(), expressions, key, ownerRange, where, name, item) : this;
        }
    }

    private void check(YamlNode node, SchemaType type, Context outer) {
        if (node instanceof YamlAlias) {
            return;
        }
        Context ctx = outer.enter(type);
        if (node instanceof YamlScalar scalar) {
            if (scalar.isNull() || (ctx.expressions() && scalar.value().contains("${{"))) {
                return;
            }
        }
        switch (type.kind()) {
            case ANY -> {
            }
            case STRING, BOOLEAN, NUMBER, INTEGER -> checkScalar(node, type, ctx);
            case MAPPING -> node.asMapping().ifPresentOrElse(m -> checkMapping(m, type, ctx), () -> wrong(node, type, ctx));
            case SWITCH -> node.asMapping().ifPresentOrElse(m -> checkMapping(m, variant(m, type), ctx),
                    () -> wrong(node, type, ctx));
            case MAP -> node.asMapping().ifPresentOrElse(m -> checkMap(m, type, ctx), () -> wrong(node, type, ctx));
            case EVENTS -> node.asMapping().ifPresentOrElse(m -> checkEvents(m, type, ctx), () -> wrong(node, type, ctx));
            case LIST -> checkList(node, type, ctx);
            case ONE_OF -> {
                Optional<SchemaType> option = pick(node, type);
                if (option.isPresent() && option.get().isScalar() && node instanceof YamlScalar scalar
                        && !scalarFits(scalar, option.get())) {
                    wrong(node, type, ctx); // name every alternative, not just the scalar one
                } else if (option.isPresent()) {
                    check(node, option.get(), ctx);
                } else {
                    wrong(node, type, ctx);
                }
            }
        }
    }

    /** The first alternative that takes the value's shape. */
    private static Optional<SchemaType> pick(YamlNode node, SchemaType oneOf) {
        for (SchemaType option : oneOf.options()) {
            boolean fits = node instanceof YamlMapping ? option.acceptsMapping()
                    : node instanceof YamlSequence ? option.acceptsSequence() : option.acceptsScalar();
            if (fits) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    static SchemaType variant(YamlMapping mapping, SchemaType type) {
        Map<String, String> values = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (YamlEntry entry : mapping.entries()) {
            entry.keyText().ifPresent(k -> {
                keys.add(k);
                entry.value().asScalar().filter(s -> !s.isNull()).ifPresent(s -> values.put(k, s.value()));
            });
        }
        SchemaType variant = type.variant(values, keys);
        return variant.kind() == SchemaType.Kind.SWITCH ? variant.cases().get(variant.cases().size() - 1).type() : variant;
    }

    private void checkScalar(YamlNode node, SchemaType type, Context ctx) {
        if (!(node instanceof YamlScalar scalar)) {
            wrong(node, type, ctx);
            return;
        }
        if (!scalarFits(scalar, type)) {
            wrong(node, type, ctx);
        }
    }

    private static boolean scalarFits(YamlScalar scalar, SchemaType type) {
        return switch (type.kind()) {
            case BOOLEAN -> scalar.type() == ScalarType.BOOL || scalar.value().equalsIgnoreCase("true")
                    || scalar.value().equalsIgnoreCase("false");
            case NUMBER -> scalar.type() == ScalarType.INT || scalar.type() == ScalarType.FLOAT
                    || scalar.value().trim().matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
            case INTEGER -> scalar.type() == ScalarType.INT || scalar.value().trim().matches("[+-]?[0-9]+");
            default -> type.values().isEmpty() || type.values().contains(scalar.value());
        };
    }

    private void checkMapping(YamlMapping mapping, SchemaType type, Context ctx) {
        Where where = type.title().isPresent() ? new Where(type.title().get(), ctx.name(), null) : ctx.where();
        for (YamlEntry entry : mapping.entries()) {
            if (entry.isMergeKey()) {
                continue;
            }
            Optional<String> key = entry.keyText();
            if (key.isEmpty() || !(entry.key() instanceof YamlScalar keyScalar)) {
                continue;
            }
            SchemaProperty property = type.properties().get(key.get());
            SchemaType valueType;
            boolean expressions = ctx.expressions();
            if (property != null) {
                valueType = property.type();
                if (property.expressionContexts().isPresent()) {
                    expressions = !property.expressionContexts().get().isEmpty();
                }
            } else if (type.other().isPresent()) {
                valueType = type.other().get();
            } else {
                problems.add(new SchemaProblem(SchemaProblem.Kind.UNKNOWN_KEY, Optional.ofNullable(ctx.owner()),
                        keyScalar.range(), "Unknown key \"" + key.get() + "\"" + in(where.render()), key.get(), type,
                        Optional.of(keyScalar)));
                continue;
            }
            check(entry.value(), valueType,
                    new Context(ctx.owner(), expressions, key.get(), keyScalar.range(), where, null));
        }
        if (mapping.hasMergeKeys()) {
            return; // what a merge would bring in is unknowable to GitHub, which rejects the merge itself
        }
        for (SchemaProperty property : type.properties().values()) {
            if (!property.required()) {
                continue;
            }
            Optional<YamlNode> value = mapping.get(property.name());
            if (value.isEmpty()) {
                problems.add(new SchemaProblem(SchemaProblem.Kind.MISSING_KEY, Optional.ofNullable(ctx.owner()),
                        ctx.ownerRange(), "Required key \"" + property.name() + "\" is missing" + in(where.render()),
                        property.name(), type, Optional.of(mapping)));
            } else if (isEmpty(value.get())) {
                Range range = mapping.entry(property.name()).orElseThrow().key().range();
                problems.add(new SchemaProblem(SchemaProblem.Kind.MISSING_KEY, Optional.ofNullable(ctx.owner()), range,
                        "Required key \"" + property.name() + "\" is empty" + in(where.render()), property.name(), type,
                        Optional.of(mapping)));
            }
        }
    }

    private static boolean isEmpty(YamlNode value) {
        if (value instanceof YamlAlias) {
            return false;
        }
        return value.isNull() || value.asMapping().map(YamlMapping::isEmpty).orElse(false)
                || value.asSequence().map(YamlSequence::isEmpty).orElse(false)
                || value.asScalar().map(s -> s.value().isBlank() && !s.isNull()).orElse(false);
    }

    private void checkMap(YamlMapping mapping, SchemaType type, Context ctx) {
        SchemaType element = type.element().orElseThrow();
        for (YamlEntry entry : mapping.entries()) {
            Optional<String> key = entry.keyText();
            if (entry.isMergeKey() || key.isEmpty()) {
                continue;
            }
            check(entry.value(), element, new Context(ctx.owner(), ctx.expressions(), key.get(), entry.key().range(),
                    ctx.where(), key.get()));
        }
    }

    private void checkEvents(YamlMapping mapping, SchemaType type, Context ctx) {
        GhaSchema schema = GhaSchema.get();
        for (YamlEntry entry : mapping.entries()) {
            Optional<String> key = entry.keyText();
            if (entry.isMergeKey() || key.isEmpty() || !(entry.key() instanceof YamlScalar keyScalar)) {
                continue;
            }
            Optional<EventSpec> event = schema.event(key.get());
            if (event.isEmpty()) {
                problems.add(new SchemaProblem(SchemaProblem.Kind.UNKNOWN_KEY, Optional.ofNullable(ctx.owner()),
                        keyScalar.range(), "Unknown event \"" + key.get() + "\"", key.get(), type, Optional.of(keyScalar)));
                continue;
            }
            check(entry.value(), event.get().settings(), new Context(ctx.owner(), false, key.get(), keyScalar.range(),
                    new Where("event", key.get(), null), key.get()));
        }
    }

    private void checkList(YamlNode node, SchemaType type, Context ctx) {
        SchemaType element = type.element().orElseThrow();
        Optional<YamlSequence> sequence = node.asSequence();
        if (sequence.isEmpty()) {
            if (type.single() && node instanceof YamlScalar) {
                check(node, element, ctx);
            } else {
                wrong(node, type, ctx);
            }
            return;
        }
        YamlSequence items = sequence.get();
        if (node instanceof YamlAlias) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Range dash = items.dashRange(i).orElse(items.items().get(i).range());
            check(items.items().get(i), element,
                    new Context(ctx.owner(), ctx.expressions(), ctx.key(), dash, ctx.where(), null, true));
        }
    }

    private void wrong(YamlNode node, SchemaType type, Context ctx) {
        String what = ctx.key().isEmpty() ? "The " + type.title().orElse("file")
                : ctx.item() ? "An item of \"" + ctx.key() + "\"" : "\"" + ctx.key() + "\"";
        problems.add(new SchemaProblem(SchemaProblem.Kind.WRONG_TYPE, Optional.ofNullable(ctx.owner()), node.range(),
                what + in(ctx.where().render()) + " must be " + type.describe() + ", not " + shown(node), ctx.key(), type,
                Optional.of(node)));
    }

    private static String in(String where) {
        return where.isEmpty() ? "" : " in " + where;
    }

    /** The value as messages show it: a short scalar quoted, else its shape. */
    static String shown(YamlNode node) {
        if (node instanceof YamlMapping) {
            return "a mapping";
        }
        if (node instanceof YamlSequence) {
            return "a list";
        }
        if (node instanceof YamlScalar s) {
            String v = s.value();
            return v.length() > 40 || v.contains("\n") ? "a longer text" : "\"" + v + "\"";
        }
        return "an alias";
    }
}
