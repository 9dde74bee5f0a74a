package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Every schema issue of a Kubernetes file, computed once per parsed file and shared by the four
 * schema rules (unknown field, wrong type, missing required field, invalid enum value). The issues of
 * a built-in resource depend only on its own YAML, so they are also kept per resource mapping: a
 * document the parser reuses is not checked again.
 */
public final class SchemaValidation {

    private static final Map<KubernetesFile, SchemaValidation> BY_FILE = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<YamlMapping, List<SchemaIssue>> BY_RESOURCE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final List<SchemaIssue> issues;

    private SchemaValidation(List<SchemaIssue> issues) {
        this.issues = List.copyOf(issues);
    }

    /** The issues of {@code file} against the built-in schema and the CRDs the file defines. */
    public static SchemaValidation of(KubernetesFile file) {
        SchemaValidation known = BY_FILE.get(file);
        if (known == null) {
            known = of(file, K8sSchema.builtin(), CrdSchemas.inFile(file));
            BY_FILE.put(file, known);
        }
        return known;
    }

    /**
     * The issues of {@code file} against {@code schema} and the custom resource schemas {@code crds}
     * (e.g. the file's own CRDs {@code or} the workspace's); not memoized.
     */
    public static SchemaValidation of(KubernetesFile file, K8sSchema schema, CrdSchemas crds) {
        List<SchemaIssue> all = new ArrayList<>();
        for (K8sResource resource : file.resources()) {
            Optional<ResourceSchema> resourceSchema = ResourceSchema.of(resource, schema, crds);
            if (resourceSchema.isEmpty()) {
                continue;
            }
            if (resourceSchema.get().isCustom() || schema != K8sSchema.builtin()) {
                all.addAll(check(resource, resourceSchema.get()));
            } else {
                List<SchemaIssue> cached = BY_RESOURCE.get(resource.root());
                if (cached == null) {
                    cached = check(resource, resourceSchema.get());
                    BY_RESOURCE.put(resource.root(), cached);
                }
                all.addAll(cached);
            }
        }
        return new SchemaValidation(all);
    }

    /** The issues {@code resource} would have as {@code kind} (e.g. under the apiVersion that replaces its own); not memoized. */
    public static List<SchemaIssue> check(K8sResource resource, ApiKind kind) {
        return check(resource, new ResourceSchema(kind.type(), Optional.of(kind)));
    }

    private static List<SchemaIssue> check(K8sResource resource, ResourceSchema schema) {
        Range owner = resource.kindEntry().map(YamlEntry::range).orElse(resource.root().range());
        return List.copyOf(SchemaWalker.check(resource.root(), schema.type(), resource.kind(), schema.needsName(), owner));
    }

    /** Every issue, in document order of the resources. */
    public List<SchemaIssue> issues() {
        return issues;
    }

    public List<SchemaIssue> issues(SchemaIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).toList();
    }
}
