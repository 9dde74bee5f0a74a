package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one resource's mapping against its schema, the way the API server decodes it (kubectl's
 * YAML 1.1 reading, aliases and merge keys followed). Nulls are accepted anywhere (the API treats them
 * as absent) except in required fields; values holding template placeholders are not judged; keys
 * of strategic-merge-patch directives ({@code $patch}, {@code $setElementOrder/...}) are allowed.
 */
final class SchemaWalker {

    /** Deeper than any real manifest; bounds the walk through aliases. */
    private static final int MAX_DEPTH = 200;
    private static final String[] PATCH_DIRECTIVES = {"$patch", "$setElementOrder/", "$retainKeys",
        "$deleteFromPrimitiveList/"};

    private final String kindLabel;
    private final List<SchemaIssue> issues = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private SchemaWalker(String kindLabel) {
        this.kindLabel = kindLabel;
    }

    /**
     * The issues of a resource root: its fields (the {@code status} the server writes is skipped) and
     * its name (every object but a few review kinds needs {@code metadata.name} or {@code generateName}).
     *
     * @param ownerRange where a missing top-level field is reported (the {@code kind} entry)
     */
    static List<SchemaIssue> check(YamlMapping root, SchemaType type, String kind, boolean needsName, Range ownerRange) {
        String label = KubeYaml.get(root, "metadata").flatMap(YamlNode::asMapping)
                .flatMap(m -> KubeYaml.text(m, "name")).filter(n -> !n.isEmpty() && !ScalarChecks.hasPlaceholder(n))
                .map(n -> kind + " \"" + n + "\"").orElse(kind);
        SchemaWalker walker = new SchemaWalker(kind);
        walker.object(root, type, "", label, ownerRange, 0, true);
        if (needsName) {
            walker.checkName(root, label, ownerRange);
        }
        return walker.issues;
    }

    private void checkName(YamlMapping root, String label, Range ownerRange) {
        Optional<YamlEntry> metadata = KubeYaml.entry(root, "metadata");
        Optional<YamlMapping> mapping = metadata.flatMap(e -> e.value().asMapping());
        if (metadata.isPresent() && mapping.isEmpty() && !metadata.get().value().isNull()) {
            return; // a wrong type, reported as such
        }
        boolean named = mapping.map(m -> present(m, "name") || present(m, "generateName")).orElse(false);
        if (!named) {
            Range where = metadata.map(e -> e.key().range()).orElse(ownerRange);
            add(new SchemaIssue(SchemaIssue.Kind.MISSING_REQUIRED, where, label
                    + " has no metadata.name (or generateName), which every object needs", Optional.empty(), "name",
                    Optional.empty(), List.of()));
        }
    }

    private static boolean present(YamlMapping mapping, String key) {
        return KubeYaml.get(mapping, key).map(v -> !v.isNull() && !v.asText().map(String::isEmpty).orElse(false))
                .orElse(false);
    }

    /**
     * @param path where the mapping is, from the resource root ({@code spec.template}); "" for the root
     * @param label how messages name it ({@code Container "web"}, {@code DeploymentSpec})
     * @param ownerRange where a missing field of it is reported
     */
    private void object(YamlMapping written, SchemaType type, String path, String label, Range ownerRange, int depth,
            boolean root) {
        YamlMapping mapping = written.withMerges();
        for (YamlEntry entry : mapping.entries()) {
            Optional<YamlScalar> keyScalar = entry.key().asScalar();
            if (keyScalar.isEmpty()) {
                continue;
            }
            String key = keyScalar.get().value();
            if (ScalarChecks.hasPlaceholder(key) || (root && key.equals("status"))) {
                continue;
            }
            Optional<SchemaField> field = type.field(key);
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (field.isPresent()) {
                value(entry.value(), field.get().type(), key, label, childPath, entry.key().range(), depth + 1);
            } else if (type.element().isPresent()) {
                value(entry.value(), type.element().get(), key, label, childPath, entry.key().range(), depth + 1);
            } else if (!type.preservesUnknownFields() && !isPatchDirective(key)) {
                unknown(keyScalar.get(), key, type, label, mapping);
            }
        }
        for (SchemaField field : type.fields().values()) {
            if (field.required() && !present(mapping, field.name()) && !suppliedByKustomize(type, field, mapping)) {
                add(new SchemaIssue(SchemaIssue.Kind.MISSING_REQUIRED, ownerRange, label
                        + " is missing the required field \"" + field.name() + "\"", Optional.empty(), field.name(),
                        Optional.of(field.type()), List.of()));
            }
        }
    }

    /**
     * @param field the value's place relative to its owning object ({@code image}, {@code args[0]},
     *     {@code limits.memory}), for messages
     * @param owner how messages name the owning object
     */
    private void value(YamlNode written, SchemaType type, String field, String owner, String path, Range ownerRange,
            int depth) {
        YamlNode node = written.resolve();
        if (depth > MAX_DEPTH || node.isNull() || !(node instanceof YamlScalar || node instanceof YamlMapping
                || node instanceof YamlSequence)) {
            return;
        }
        String where = field + " of " + owner;
        switch (type.kind()) {
            case ANY -> {
            }
            case OBJECT -> {
                if (node instanceof YamlMapping mapping) {
                    String label = type.name().isEmpty() ? path + " of " + kindLabel : type.name();
                    object(mapping, type, path, label, ownerRange, depth, false);
                } else {
                    wrongType(written, node, type, where, false);
                }
            }
            case ARRAY -> {
                if (node instanceof YamlSequence sequence) {
                    SchemaType items = type.element().orElse(SchemaType.ANY);
                    for (int i = 0; i < sequence.size(); i++) {
                        item(sequence, i, items, field, owner, path, depth + 1);
                    }
                } else {
                    wrongType(written, node, type, where, false);
                }
            }
            case MAP -> {
                if (node instanceof YamlMapping mapping) {
                    SchemaType values = type.element().orElse(SchemaType.ANY);
                    for (YamlEntry entry : mapping.withMerges().entries()) {
                        Optional<String> key = entry.key().asText();
                        if (key.isPresent() && !ScalarChecks.hasPlaceholder(key.get())) {
                            value(entry.value(), values, field + "." + key.get(), owner, path + "." + key.get(),
                                    entry.key().range(), depth + 1);
                        }
                    }
                } else {
                    wrongType(written, node, type, where, false);
                }
            }
            default -> scalar(written, node, type, where);
        }
    }

    private void item(YamlSequence sequence, int index, SchemaType items, String field, String owner, String path,
            int depth) {
        YamlNode item = sequence.items().get(index);
        String itemPath = path + "[" + index + "]";
        if (items.kind() == SchemaType.Kind.OBJECT && item.resolve() instanceof YamlMapping mapping) {
            Optional<String> name = KubeYaml.get(mapping, "name").flatMap(YamlNode::asText)
                    .filter(n -> !n.isEmpty() && !ScalarChecks.hasPlaceholder(n) && n.length() <= 60);
            String base = items.name().isEmpty() ? itemPath + " of " + kindLabel : items.name();
            String label = name.map(n -> base + " \"" + n + "\"")
                    .orElse(items.name().isEmpty() ? base : base + " #" + (index + 1) + " in " + field);
            Optional<YamlEntry> nameEntry = item instanceof YamlMapping own ? own.entry("name") : Optional.empty();
            Range owned = nameEntry.map(YamlEntry::range)
                    .orElseGet(() -> sequence.dashRange(index).orElseGet(() -> sequence.itemRange(index)));
            if (depth <= MAX_DEPTH) {
                object(mapping, items, itemPath, label, owned, depth, false);
            }
        } else {
            value(item, items, field + "[" + index + "]", owner, itemPath, sequence.itemRange(index), depth);
        }
    }

    private void scalar(YamlNode written, YamlNode node, SchemaType type, String where) {
        if (!(node instanceof YamlScalar scalar)) {
            wrongType(written, node, type, where, false);
            return;
        }
        if (ScalarChecks.hasPlaceholder(scalar.value())) {
            return;
        }
        KubeYaml.Decoded decoded = KubeYaml.decodedType(scalar);
        if (decoded == KubeYaml.Decoded.OTHER || decoded == KubeYaml.Decoded.NULL) {
            return;
        }
        boolean fits = switch (type.kind()) {
            case STRING, DATE_TIME -> decoded == KubeYaml.Decoded.STRING;
            case BYTES -> decoded == KubeYaml.Decoded.STRING && ScalarChecks.isBase64(scalar.value());
            case INTEGER -> decoded == KubeYaml.Decoded.INT || (decoded == KubeYaml.Decoded.FLOAT && isWhole(scalar.value()));
            case NUMBER -> decoded == KubeYaml.Decoded.INT || decoded == KubeYaml.Decoded.FLOAT;
            case BOOLEAN -> decoded == KubeYaml.Decoded.BOOL;
            case INT_OR_STRING -> decoded == KubeYaml.Decoded.INT || decoded == KubeYaml.Decoded.STRING;
            case QUANTITY -> decoded == KubeYaml.Decoded.INT || decoded == KubeYaml.Decoded.FLOAT && isFinite(scalar.value())
                    || decoded == KubeYaml.Decoded.STRING && ScalarChecks.isQuantity(scalar.value().strip());
            default -> true;
        };
        if (!fits) {
            boolean quotable = (type.kind() == SchemaType.Kind.STRING || type.kind() == SchemaType.Kind.INT_OR_STRING
                    || type.kind() == SchemaType.Kind.DATE_TIME) && decoded != KubeYaml.Decoded.STRING;
            wrongType(written, scalar, type, where, quotable);
            return;
        }
        if (!type.enumValues().isEmpty() && !type.enumValues().contains(scalar.value())) {
            Optional<String> nearest = Suggestions.nearest(scalar.value(), type.enumValues());
            String allowed = String.join(", ", type.enumValues().stream().map(v -> v.isEmpty() ? "\"\"" : v).toList());
            add(new SchemaIssue(SchemaIssue.Kind.INVALID_ENUM, written.range(), where + " must be one of " + allowed
                    + ", not " + (scalar.value().length() > 40 ? "the value" : "\"" + scalar.value() + "\"") + nearest.map(n -> "; did you mean \"" + n + "\"?").orElse(""),
                    Optional.of(written), where, Optional.of(type), nearest.stream().toList()));
        }
    }

    private static boolean isWhole(String value) {
        try {
            double d = Double.parseDouble(value.replace("_", ""));
            return d == Math.rint(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isFinite(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return !lower.contains("inf") && !lower.contains("nan");
    }

    private void wrongType(YamlNode written, YamlNode node, SchemaType type, String where, boolean quotable) {
        String is;
        if (node instanceof YamlMapping) {
            is = "it is a mapping";
        } else if (node instanceof YamlSequence) {
            is = "it is a list";
        } else {
            YamlScalar scalar = (YamlScalar) node;
            // booleans are shown (the YAML 1.1 lesson); other values only where they cannot be secrets
            String shown = type.kind() == SchemaType.Kind.BYTES || mayBeSecret(where) ? "the value" : shown(scalar);
            is = switch (KubeYaml.decodedType(scalar)) {
                case BOOL -> scalar.asBoolean().isPresent() ? shown(scalar) + " is read as a boolean"
                        : shown(scalar) + " is read as a boolean (YAML 1.1 reads yes, no, on, off, y and n as booleans)";
                case INT -> shown + " is read as an integer";
                case FLOAT -> shown + " is read as a number";
                default -> switch (type.kind()) {
                    case QUANTITY -> shown + " is not a quantity";
                    case BYTES -> "the value is not valid base64";
                    default -> shown + " is a string";
                };
            };
        }
        String expected = switch (type.kind()) {
            case STRING, DATE_TIME -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean (true or false)";
            case INT_OR_STRING -> "an integer or a string";
            case QUANTITY -> "a quantity (a number with an optional suffix, such as 500m, 128Mi or 2Gi)";
            case BYTES -> "base64-encoded data";
            case OBJECT -> type.name().isEmpty() ? "a mapping" : "a mapping (" + type.name() + ")";
            case ARRAY -> "a list (" + type.label() + ")";
            case MAP -> "a mapping (" + type.label() + ")";
            case ANY -> "anything";
        };
        add(new SchemaIssue(SchemaIssue.Kind.WRONG_TYPE, written.range(), where + " must be " + expected + ", but "
                + is + (quotable ? "; quote it" : ""), Optional.of(written), where, Optional.of(type),
                quotable ? List.of("quote") : List.of()));
    }

    private static final Pattern SECRET_WORDS = Pattern.compile("(?i)secret|passw|token|key|credential|auth|cert");

    /** True when the field or its owner's name suggests the value is a secret, which a message must not repeat. */
    private static boolean mayBeSecret(String where) {
        return SECRET_WORDS.matcher(where).find();
    }

    /** {@code yes}, {@code "3"} as written, or "the value" when it is long or spans lines. */
    private static String shown(YamlScalar scalar) {
        String text = scalar.sourceText();
        if (text.length() > 40 || text.contains("\n") || text.contains("\r")) {
            return "the value";
        }
        return text;
    }

    private void unknown(YamlScalar key, String name, SchemaType type, String label, YamlMapping mapping) {
        // a field already written is not what a typo stands for (renaming would duplicate it)
        List<String> candidates = type.fields().keySet().stream().filter(f -> !mapping.has(f)).toList();
        Optional<String> suggestion = Suggestions.nearest(name, candidates);
        String hint = suggestion.map(s -> "; did you mean \"" + s + "\"?").orElseGet(() -> placement(type, name));
        add(new SchemaIssue(SchemaIssue.Kind.UNKNOWN_FIELD, key.range(), "Unknown field \"" + name + "\" in " + label
                + hint, Optional.of(key), name, Optional.empty(), suggestion.stream().toList()));
    }

    /** Where a field that does not belong here does belong, when it is near: a hint for the message. */
    private static String placement(SchemaType type, String name) {
        if (type.name().equals("PodSecurityContext") && CONTAINER_ONLY.contains(name)) {
            return "; it is a container setting: set it in each container's securityContext";
        }
        record Step(SchemaType type, String path, int depth) {
        }
        Deque<Step> todo = new ArrayDeque<>();
        todo.add(new Step(type, "", 0));
        Set<SchemaType> visited = new HashSet<>();
        visited.add(type);
        List<String> places = new ArrayList<>();
        while (!todo.isEmpty() && places.size() < 2) {
            Step step = todo.removeFirst();
            for (Map.Entry<String, SchemaField> f : step.type().fields().entrySet()) {
                SchemaType child = f.getValue().type();
                String suffix = "";
                if (child.kind() == SchemaType.Kind.ARRAY && child.element().isPresent()) {
                    child = child.element().get();
                    suffix = "[]";
                }
                if (child.kind() != SchemaType.Kind.OBJECT || !visited.add(child)) {
                    continue;
                }
                String path = (step.path().isEmpty() ? "" : step.path() + ".") + f.getKey() + suffix;
                if (child.field(name).isPresent()) {
                    places.add(path);
                }
                if (step.depth() + 1 < 3) {
                    todo.add(new Step(child, path, step.depth() + 1));
                }
            }
        }
        // a name found at several places (name, type, value...) gives no useful hint
        return places.size() == 1 ? "; it belongs under " + places.get(0) : "";
    }

    private static final Set<String> CONTAINER_ONLY = Set.of("allowPrivilegeEscalation", "readOnlyRootFilesystem",
            "privileged", "capabilities", "procMount");

    /**
     * A workload spec with neither a selector nor pod template labels is a kustomize base: its
     * kustomization's {@code labels}/{@code commonLabels} add both. (Once the workspace index knows
     * which kustomization includes the file, this can be decided for sure.)
     */
    private static boolean suppliedByKustomize(SchemaType type, SchemaField field, YamlMapping spec) {
        if (!field.name().equals("selector") || !WORKLOAD_SPECS.contains(type.name())) {
            return false;
        }
        Optional<YamlMapping> metadata = KubeYaml.mapping(spec, "template").flatMap(t -> KubeYaml.mapping(t, "metadata"));
        return metadata.flatMap(m -> KubeYaml.get(m, "labels")).map(YamlNode::isNull).orElse(true);
    }

    private static final Set<String> WORKLOAD_SPECS = Set.of("DeploymentSpec", "ReplicaSetSpec", "DaemonSetSpec",
            "StatefulSetSpec");

    private static boolean isPatchDirective(String key) {
        for (String directive : PATCH_DIRECTIVES) {
            if (key.startsWith(directive)) {
                return true;
            }
        }
        return false;
    }

    private void add(SchemaIssue issue) {
        // a value behind an anchor is checked at every alias; report it once
        if (seen.add(issue.kind() + " " + issue.range() + " " + issue.field())) {
            issues.add(issue);
        }
    }
}
