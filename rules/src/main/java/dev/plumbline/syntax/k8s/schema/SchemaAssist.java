package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the schema says at a place in a Kubernetes file, for the editor: hover text for a key (or its
 * value) and completion candidates (missing keys with their types, enum values, apiVersion and kind
 * values). Works for built-in kinds and for custom resources whose CRD is in the same file or in the
 * {@link CrdSchemas} given (the workspace's); never throws, answering empty where the schema has
 * nothing to say.
 */
public final class SchemaAssist {

    private static final int MAX_LINES_UP = 500;
    /** {@code key: } (after any list dashes) with the cursor after the colon. */
    private static final Pattern AFTER_KEY = Pattern.compile("(\\s*(?:-\\s+)*)[^\\s:#\\-][^:#]*:\\s*");

    private SchemaAssist() {
    }

    /** The field under the cursor: on a key or on its value. */
    public static Optional<FieldHover> hover(KubernetesFile file, Position position) {
        return hover(file, position, CrdSchemas.none());
    }

    /**
     * As {@link #hover(KubernetesFile, Position)}; a custom resource whose CRD the file does not define
     * is described by {@code otherCrds} (e.g. the CRDs of the whole workspace).
     */
    public static Optional<FieldHover> hover(KubernetesFile file, Position position, CrdSchemas otherCrds) {
        Optional<YamlPath> path = file.yaml().pathAt(position);
        if (path.isEmpty() || path.get().entry().isEmpty()) {
            return Optional.empty();
        }
        Optional<K8sResource> resource = resourceAt(file, position);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        List<YamlPath.Step> steps = relativeSteps(path.get(), resource.get());
        int lastKey = -1;
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof YamlPath.Key) {
                lastKey = i;
                break;
            }
        }
        if (lastKey < 0) {
            return Optional.empty();
        }
        YamlPath.Key key = (YamlPath.Key) steps.get(lastKey);
        Optional<ResourceSchema> schema = schemaOf(file, resource.get(), otherCrds);
        List<YamlPath.Step> ownerSteps = steps.subList(0, lastKey);
        Optional<SchemaType> owner = schema.flatMap(s -> typeAt(s, ownerSteps));
        Optional<SchemaField> field = owner.flatMap(t -> t.field(key.key()));
        if (field.isEmpty()) {
            return Optional.empty();
        }
        // a CRD's fields are the CRD's, whatever the Kubernetes release
        String release = schema.get().isCustom() ? "" : K8sSchema.builtin().kubernetesVersion();
        return Optional.of(new FieldHover(key.entry().key().range(), pathText(steps.subList(0, lastKey + 1)),
                field.get(), release));
    }

    /**
     * Completion candidates at {@code position}: on the value of a field with allowed values, those
     * values; on an {@code apiVersion} or {@code kind} value, the served ones; elsewhere in a mapping
     * (a key being typed, or a blank line at its indentation), the fields of its type not yet written,
     * required ones first.
     */
    public static List<Completion> complete(KubernetesFile file, Position position) {
        return complete(file, position, CrdSchemas.none());
    }

    /** As {@link #complete(KubernetesFile, Position)}, custom resources also following {@code otherCrds}. */
    public static List<Completion> complete(KubernetesFile file, Position position, CrdSchemas otherCrds) {
        Optional<Position> emptyValueOf = keyBeforeEmptyValue(file, position);
        if (emptyValueOf.isPresent()) {
            Optional<YamlPath> keyPath = file.yaml().pathAt(emptyValueOf.get());
            if (keyPath.isPresent() && keyPath.get().last().orElse(null) instanceof YamlPath.Key key) {
                return valueCompletions(file, emptyValueOf.get(), keyPath.get(), key, otherCrds);
            }
        }
        Optional<YamlPath> path = file.yaml().pathAt(position);
        if (path.isPresent() && !path.get().onKey() && path.get().last().orElse(null) instanceof YamlPath.Key key
                && key.entry().value().range().contains(position)) {
            List<Completion> values = valueCompletions(file, position, path.get(), key, otherCrds);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return keyCompletions(file, position, otherCrds);
    }

    /** The start of {@code key} when the cursor follows {@code key:} with nothing but blanks (a value to type). */
    private static Optional<Position> keyBeforeEmptyValue(KubernetesFile file, Position position) {
        Optional<YamlDocument> document = file.yaml().documentAt(position.line());
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String line = document.get().lineText(position.line());
        String before = line.substring(0, Math.min(position.character(), line.length()));
        if (!line.substring(before.length()).isBlank()) {
            return Optional.empty();
        }
        Matcher m = AFTER_KEY.matcher(before);
        return m.matches() ? Optional.of(Position.of(position.line(), m.end(1))) : Optional.empty();
    }

    private static List<Completion> valueCompletions(KubernetesFile file, Position position, YamlPath path,
            YamlPath.Key key, CrdSchemas otherCrds) {
        Optional<K8sResource> resource = resourceAt(file, position);
        boolean rootKey = path.steps().size() == 1 || resource.map(r -> key.mapping() == r.root()).orElse(false);
        K8sSchema schema = K8sSchema.builtin();
        if (rootKey && key.key().equals("apiVersion")) {
            Set<String> versions = new LinkedHashSet<>();
            String kind = resource.map(K8sResource::kind).orElse("");
            schema.kinds().stream().filter(k -> kind.isEmpty() || k.kind().equals(kind))
                    .sorted(Comparator.comparing(ApiKind::apiVersion)).forEach(k -> versions.add(k.apiVersion()));
            return versions.stream().map(v -> new Completion(Completion.Kind.API_VERSION, v, "apiVersion", "", false, v))
                    .toList();
        }
        if (rootKey && key.key().equals("kind")) {
            String apiVersion = resource.map(K8sResource::apiVersion).orElse("");
            return schema.kinds().stream()
                    .filter(k -> apiVersion.isEmpty() || k.apiVersion().equals(apiVersion) || schema.kinds().stream()
                            .noneMatch(o -> o.apiVersion().equals(apiVersion)))
                    .map(k -> new Completion(Completion.Kind.KIND, k.kind(), k.apiVersion(), k.type().description(),
                            false, k.kind()))
                    .distinct().toList();
        }
        Optional<FieldHover> hover = hover(file, position, otherCrds);
        SchemaType type = hover.map(h -> h.field().type()).orElse(null);
        if (type == null) {
            return List.of();
        }
        if (type.kind() == SchemaType.Kind.ARRAY && type.element().isPresent()) {
            type = type.element().get();
        }
        if (type.kind() == SchemaType.Kind.BOOLEAN) {
            return List.of(new Completion(Completion.Kind.VALUE, "true", "boolean", "", false, "true"),
                    new Completion(Completion.Kind.VALUE, "false", "boolean", "", false, "false"));
        }
        return type.enumValues().stream().filter(v -> !v.isEmpty())
                .map(v -> new Completion(Completion.Kind.VALUE, v, hover.get().field().name(), "", false, v)).toList();
    }

    private static List<Completion> keyCompletions(KubernetesFile file, Position position, CrdSchemas otherCrds) {
        Optional<YamlDocument> yaml = file.yaml().documentAt(position.line());
        if (yaml.isEmpty()) {
            return List.of();
        }
        Optional<MappingAt> target = mappingAt(yaml.get(), position);
        if (target.isEmpty()) {
            if (yaml.get().rootMapping().isEmpty() || isBlankDocument(yaml.get())) {
                return List.of(field("apiVersion", "string", "APIVersion defines the versioned schema of this object.",
                        true), field("kind", "string", "Kind is the type of this object.", true));
            }
            return List.of();
        }
        Optional<K8sResource> resource = resourceAt(file, target.get().anchor());
        if (resource.isEmpty()) {
            return List.of();
        }
        List<YamlPath.Step> steps = relativeSteps(target.get().path(), resource.get());
        if (!target.get().inside()) {
            steps = steps.subList(0, steps.size() - 1); // a sibling key: its mapping
        }
        List<YamlPath.Step> inside = steps;
        Optional<SchemaType> type = schemaOf(file, resource.get(), otherCrds).flatMap(s -> typeAt(s, inside));
        if (type.isEmpty() || type.get().kind() != SchemaType.Kind.OBJECT) {
            return List.of();
        }
        Set<String> written = new LinkedHashSet<>();
        target.get().mapping().ifPresent(m -> written.addAll(m.withMerges().keys()));
        List<Completion> out = new ArrayList<>();
        for (SchemaField field : type.get().fields().values()) {
            if (!written.contains(field.name()) && !(steps.isEmpty() && field.name().equals("status"))) {
                out.add(new Completion(Completion.Kind.FIELD, field.name(), field.type().label(), field.description(),
                        field.required(), field.name() + ":"));
            }
        }
        out.sort(Comparator.comparing((Completion c) -> !c.required()));
        return out;
    }

    private static Completion field(String name, String type, String description, boolean required) {
        return new Completion(Completion.Kind.FIELD, name, type, description, required, name + ":");
    }

    private static boolean isBlankDocument(YamlDocument document) {
        return document.root().map(YamlNode::isNull).orElse(true);
    }

    /**
     * The mapping a new key at {@code position} would join, found by indentation: a key line above at
     * the same column (a sibling) or a key line above at a smaller column that opens a block.
     *
     * @param path the path to the sibling's key, or to the parent's key when {@code inside}
     * @param anchor a position on that key line
     */
    private record MappingAt(YamlPath path, boolean inside, Optional<YamlMapping> mapping, Position anchor) {
    }

    private static Optional<MappingAt> mappingAt(YamlDocument yaml, Position position) {
        String line = yaml.lineText(position.line());
        int indent = indentOf(line);
        int column = line.isBlank() ? position.character() : Math.min(indent, position.character());
        for (int l = position.line() - (line.isBlank() || indent >= position.character() ? 1 : 0), seen = 0;
                l >= yaml.startLine() && seen < MAX_LINES_UP; l--, seen++) {
            String text = yaml.lineText(l);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            int keyColumn = keyColumn(text);
            if (keyColumn < 0) {
                continue;
            }
            if (l == position.line() && keyColumn != column) {
                continue;
            }
            if (keyColumn > column) {
                continue;
            }
            Position anchor = Position.of(l, keyColumn);
            Optional<YamlPath> path = yaml.pathAt(anchor);
            if (path.isEmpty() || !(path.get().last().orElse(null) instanceof YamlPath.Key key)) {
                return Optional.empty();
            }
            if (keyColumn == column) {
                return Optional.of(new MappingAt(path.get(), false, Optional.of(key.mapping()), anchor));
            }
            return Optional.of(new MappingAt(path.get(), true, key.entry().value().asMapping(), anchor));
        }
        return Optional.empty();
    }

    /** The column of the key on a {@code key:} or {@code - key:} line; -1 for other lines. */
    private static int keyColumn(String text) {
        int i = indentOf(text);
        while (i < text.length() && text.charAt(i) == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
            i = i + 1;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        int colon = text.indexOf(':', i);
        return colon > i && (colon + 1 == text.length() || text.charAt(colon + 1) == ' ') ? i : -1;
    }

    private static int indentOf(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The innermost resource (a List item inside its List) whose mapping holds {@code position}. */
    private static Optional<K8sResource> resourceAt(KubernetesFile file, Position position) {
        K8sResource best = null;
        for (K8sResource resource : file.resources()) {
            if (resource.document().containsLine(position.line()) && (resource.list().isEmpty()
                    || resource.root().fullRange().contains(position))) {
                best = resource;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The steps below the resource's own mapping (a List item's path starts inside the List). */
    private static List<YamlPath.Step> relativeSteps(YamlPath path, K8sResource resource) {
        List<YamlPath.Step> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof YamlPath.Index index && index.item().resolve() == resource.root()) {
                return steps.subList(i + 1, steps.size());
            }
        }
        return steps;
    }

    /** The resource's schema: built-in, else a CRD of its own file, else one of {@code otherCrds}. */
    private static Optional<ResourceSchema> schemaOf(KubernetesFile file, K8sResource resource, CrdSchemas otherCrds) {
        return ResourceSchema.of(resource, K8sSchema.builtin(), CrdSchemas.inFile(file).or(otherCrds));
    }

    /** The schema type reached from the resource's type by following {@code steps}. */
    private static Optional<SchemaType> typeAt(ResourceSchema schema, List<YamlPath.Step> steps) {
        SchemaType type = schema.type();
        for (YamlPath.Step step : steps) {
            Optional<SchemaType> next;
            if (step instanceof YamlPath.Key key) {
                next = type.kind() == SchemaType.Kind.OBJECT
                        ? type.field(key.key()).map(SchemaField::type).or(type::element)
                        : type.kind() == SchemaType.Kind.MAP ? type.element() : Optional.empty();
            } else {
                next = type.kind() == SchemaType.Kind.ARRAY ? type.element() : Optional.empty();
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            type = next.get();
        }
        return Optional.of(type);
    }

    private static String pathText(List<YamlPath.Step> steps) {
        StringBuilder out = new StringBuilder();
        for (YamlPath.Step step : steps) {
            if (step instanceof YamlPath.Key key) {
                out.append(out.length() == 0 ? "" : ".").append(key.key());
            } else {
                out.append("[]");
            }
        }
        return out.toString();
    }

    /**
     * The schema of the field under the cursor.
     *
     * @param range the key
     * @param path where it is from the resource root, e.g. {@code spec.template.spec.containers[].image}
     * @param field the field (its owner type, type, required flag and description)
     * @param kubernetesVersion the release the built-in schema describes
     */
    public record FieldHover(Range range, String path, SchemaField field, String kubernetesVersion) {

        /** Markdown for the editor: name, type, required-ness, description, allowed values, where it is. */
        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("**").append(field.name()).append("** `").append(field.type().label()).append('`');
            if (field.required()) {
                out.append(" — required");
            }
            String description = field.description();
            if (!description.isBlank()) {
                out.append("\n\n").append(description.strip());
            }
            SchemaType values = field.type().kind() == SchemaType.Kind.ARRAY
                    ? field.type().element().orElse(field.type()) : field.type();
            if (!values.enumValues().isEmpty()) {
                out.append("\n\nAllowed values: ").append(String.join(", ", values.enumValues().stream()
                        .map(v -> "`" + (v.isEmpty() ? "\"\"" : v) + "`").toList()));
            }
            String owner = field.owner().name();
            out.append("\n\n").append(owner.isEmpty() ? path : owner + "." + field.name() + " · " + path);
            if (!kubernetesVersion.isEmpty()) {
                out.append(" · Kubernetes ").append(kubernetesVersion);
            }
            return out.toString();
        }
    }

    /**
     * One completion candidate.
     *
     * @param label what the list shows
     * @param detail the type of a field, the field of a value, the apiVersion of a kind
     * @param documentation the description, possibly empty
     * @param required for a field: the API server demands it
     * @param insertText what to insert ({@code name:} for a field; the editor adds its own snippet)
     */
    public record Completion(Kind kind, String label, String detail, String documentation, boolean required,
            String insertText) {

        /** What is completed. */
        public enum Kind {
            FIELD, VALUE, API_VERSION, KIND
        }
    }
}
