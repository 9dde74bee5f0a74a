package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.K8sResource;
import java.util.Optional;
import java.util.Set;

/**
 * The schema a resource is checked against: its built-in kind's, or for a custom resource the
 * schema of a CRD that defines it.
 *
 * @param type the whole object's type
 * @param builtin the built-in kind; empty for a custom resource
 */
public record ResourceSchema(SchemaType type, Optional<ApiKind> builtin) {

    /** Kinds the API only ever creates virtually: a review needs no name. */
    private static final Set<String> NAMELESS = Set.of("TokenReview", "SelfSubjectReview", "SubjectAccessReview",
            "SelfSubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectRulesReview");

    /**
     * The schema of {@code resource}: empty for a core {@code List} (its items are resources of their
     * own), kustomizations, built-in groups with an unknown version or kind (reported as such), and
     * custom resources without a known CRD schema (never judged).
     */
    public static Optional<ResourceSchema> of(K8sResource resource, K8sSchema schema, CrdSchemas crds) {
        if (resource.isKustomization() || (resource.kind().equals("List") && resource.group().isEmpty())) {
            return Optional.empty();
        }
        Optional<ApiKind> builtin = schema.kind(resource.apiVersion(), resource.kind());
        if (builtin.isPresent()) {
            return Optional.of(new ResourceSchema(builtin.get().type(), builtin));
        }
        if (schema.knowsGroup(resource.group()) || resource.group().isEmpty()) {
            return Optional.empty();
        }
        return crds.find(resource.group(), resource.version(), resource.kind())
                .map(type -> new ResourceSchema(type, Optional.empty()));
    }

    public boolean isCustom() {
        return builtin.isEmpty();
    }

    /** Whether the API server demands {@code metadata.name} (or {@code generateName}) for it. */
    public boolean needsName() {
        return builtin.map(kind -> !NAMELESS.contains(kind.kind())).orElse(true);
    }
}
