package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a CustomResourceDefinition's {@code openAPIV3Schema} into {@link SchemaType}s: properties,
 * {@code required}, {@code items}, {@code additionalProperties}, {@code enum} (of strings),
 * {@code x-kubernetes-int-or-string} and {@code x-kubernetes-preserve-unknown-fields}. Constraints it
 * does not judge ({@code anyOf}, {@code oneOf}, {@code allOf}, {@code not}, patterns, bounds) are
 * ignored, and what it cannot type exactly (embedded resources, values without a type, objects
 * without properties) is accepted as anything, so a CRD never causes a false alarm.
 */
public final class CrdSchemaReader {

    /** Deeper schemas are accepted as anything below this depth. */
    private static final int MAX_DEPTH = 64;

    /** One served version of a custom resource kind with its whole-object schema. */
    public record CrdVersion(String group, String version, String kind, SchemaType schema) {
    }

    private CrdSchemaReader() {
    }

    /** The versions a CRD resource defines with a schema; empty for anything else. */
    public static List<CrdVersion> read(K8sResource resource) {
        if (!resource.kind().equals("CustomResourceDefinition") || !resource.group().equals("apiextensions.k8s.io")) {
            return List.of();
        }
        Optional<YamlMapping> spec = KubeYaml.mapping(resource.root(), "spec");
        Optional<String> group = spec.flatMap(s -> KubeYaml.text(s, "group"));
        Optional<String> kind = spec.flatMap(s -> KubeYaml.mapping(s, "names")).flatMap(n -> KubeYaml.text(n, "kind"));
        if (group.isEmpty() || kind.isEmpty()) {
            return List.of();
        }
        // v1beta1 CRDs may share one schema between versions
        Optional<YamlMapping> shared = spec.flatMap(s -> KubeYaml.mapping(s, "validation"))
                .flatMap(v -> KubeYaml.mapping(v, "openAPIV3Schema"));
        List<CrdVersion> out = new ArrayList<>();
        Optional<YamlSequence> versions = spec.flatMap(s -> KubeYaml.get(s, "versions")).flatMap(YamlNode::asSequence);
        for (YamlNode item : versions.map(YamlSequence::items).orElse(List.of())) {
            Optional<YamlMapping> version = item.asMapping();
            Optional<String> name = version.flatMap(v -> KubeYaml.text(v, "name"));
            Optional<YamlMapping> schema = version.flatMap(v -> KubeYaml.mapping(v, "schema"))
                    .flatMap(s -> KubeYaml.mapping(s, "openAPIV3Schema")).or(() -> shared);
            if (name.isPresent() && schema.isPresent()) {
                out.add(new CrdVersion(group.get(), name.get(), kind.get(), resourceType(schema.get(), kind.get())));
            }
        }
        Optional<String> single = spec.flatMap(s -> KubeYaml.text(s, "version"));
        if (out.isEmpty() && single.isPresent() && shared.isPresent()) {
            out.add(new CrdVersion(group.get(), single.get(), kind.get(), resourceType(shared.get(), kind.get())));
        }
        return out;
    }

    /** The object's schema with what every object has: apiVersion, kind and the standard metadata. */
    private static SchemaType resourceType(YamlMapping schema, String kind) {
        SchemaType declared = type(schema, 0);
        if (declared.kind() != SchemaType.Kind.OBJECT) {
            return declared;
        }
        SchemaType root = new SchemaType(SchemaType.Kind.OBJECT, kind, declared.element().orElse(null), List.of(),
                declared.preservesUnknownFields(), () -> text(schema, "description"));
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        fields.put("apiVersion", new SchemaField("apiVersion", root, SchemaType.STRING, false, null));
        fields.put("kind", new SchemaField("kind", root, SchemaType.STRING, false, null));
        SchemaType meta = K8sSchema.builtin().objectMeta().orElse(SchemaType.ANY);
        fields.put("metadata", new SchemaField("metadata", root, meta, false, meta::description));
        for (SchemaField field : declared.fields().values()) {
            if (!field.name().equals("metadata") || meta == SchemaType.ANY) {
                fields.put(field.name(), new SchemaField(field.name(), root, field.type(), field.required(),
                        field::description));
            }
        }
        root.linkFields(fields);
        return root;
    }

    private static SchemaType type(YamlMapping schema, int depth) {
        String description = text(schema, "description");
        if (depth > MAX_DEPTH || isTrue(schema, "x-kubernetes-embedded-resource")) {
            return SchemaType.ANY;
        }
        if (isTrue(schema, "x-kubernetes-int-or-string")) {
            return SchemaType.INT_OR_STRING;
        }
        boolean preserve = isTrue(schema, "x-kubernetes-preserve-unknown-fields");
        String type = text(schema, "type");
        Optional<YamlMapping> properties = KubeYaml.mapping(schema, "properties");
        return switch (type) {
            case "string" -> stringType(schema);
            case "integer" -> SchemaType.INTEGER;
            case "number" -> SchemaType.NUMBER;
            case "boolean" -> SchemaType.BOOLEAN;
            case "array" -> SchemaType.arrayOf(KubeYaml.mapping(schema, "items").map(i -> type(i, depth + 1))
                    .orElse(SchemaType.ANY));
            case "object" -> objectType(schema, properties, preserve, description, depth);
            // structural schemas declare every field outside anyOf/oneOf/allOf, which only add constraints
            default -> properties.isPresent() ? objectType(schema, properties, preserve, description, depth)
                    : SchemaType.ANY;
        };
    }

    private static SchemaType stringType(YamlMapping schema) {
        Optional<YamlSequence> values = KubeYaml.get(schema, "enum").flatMap(YamlNode::asSequence);
        if (values.isEmpty() || values.get().isEmpty()) {
            return SchemaType.STRING;
        }
        List<String> allowed = new ArrayList<>();
        for (YamlNode value : values.get().items()) {
            Optional<String> text = value.asText();
            if (text.isEmpty() || value.isNull()) {
                return SchemaType.STRING; // null or non-string members: not a plain string enum
            }
            allowed.add(text.get());
        }
        return SchemaType.stringEnum(allowed);
    }

    private static SchemaType objectType(YamlMapping schema, Optional<YamlMapping> properties, boolean preserve,
            String description, int depth) {
        Optional<YamlNode> additional = KubeYaml.get(schema, "additionalProperties");
        SchemaType element = additional.flatMap(YamlNode::asMapping).map(a -> type(a, depth + 1)).orElse(null);
        boolean additionalAllowed = additional.map(KubeYaml::isTrue).orElse(false);
        if (properties.isEmpty()) {
            if (element != null && !preserve) {
                return SchemaType.mapOf(element);
            }
            // no declared properties: the API server prunes or keeps unknown keys, it never rejects them
            return new SchemaType(SchemaType.Kind.OBJECT, "", null, List.of(), true, () -> description);
        }
        SchemaType object = new SchemaType(SchemaType.Kind.OBJECT, "", element, List.of(),
                preserve || additionalAllowed, () -> description);
        Set<String> required = new TreeSet<>();
        KubeYaml.get(schema, "required").flatMap(YamlNode::asSequence)
                .ifPresent(list -> list.items().forEach(item -> item.asText().ifPresent(required::add)));
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        for (YamlEntry entry : properties.get().withMerges().entries()) {
            Optional<String> name = entry.keyText();
            Optional<YamlMapping> property = entry.value().asMapping();
            if (name.isPresent() && property.isPresent()) {
                SchemaType fieldType = type(property.get(), depth + 1);
                String fieldDescription = text(property.get(), "description");
                fields.put(name.get(), new SchemaField(name.get(), object, fieldType, required.contains(name.get()),
                        () -> fieldDescription));
            } else if (name.isPresent()) {
                fields.put(name.get(), new SchemaField(name.get(), object, SchemaType.ANY, false, null));
            }
        }
        object.linkFields(fields);
        return object;
    }

    private static String text(YamlMapping mapping, String key) {
        return KubeYaml.text(mapping, key).orElse("");
    }

    private static boolean isTrue(YamlMapping mapping, String key) {
        return KubeYaml.get(mapping, key).map(KubeYaml::isTrue).orElse(false);
    }
}
