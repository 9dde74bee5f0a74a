package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.Optional;

/**
 * Where the schemas of custom resources come from: the {@code openAPIV3Schema} of
 * CustomResourceDefinitions. Today the CRDs of the file being checked ({@link #inFile}); the workspace
 * index will provide another source over every CRD of the workspace, combined with {@link #or}.
 */
@FunctionalInterface
public interface CrdSchemas {

    /**
     * The schema of a custom resource's whole object (apiVersion, kind and metadata included), when a
     * CRD serving that group, version and kind with a schema is known.
     */
    Optional<SchemaType> find(String group, String version, String kind);

    /** No CRD is known: custom resources get no schema checks. */
    static CrdSchemas none() {
        return (group, version, kind) -> Optional.empty();
    }

    /**
     * The CRDs defined in {@code file} (apiextensions.k8s.io/v1, and the v1beta1 form), read on the
     * first lookup: a file without custom resources never pays for its CRDs' schemas.
     */
    static CrdSchemas inFile(KubernetesFile file) {
        return new FileCrdSchemas(file);
    }

    /** This source, then {@code next} for what this one does not know. */
    default CrdSchemas or(CrdSchemas next) {
        return (group, version, kind) -> {
            Optional<SchemaType> found = find(group, version, kind);
            return found.isPresent() ? found : next.find(group, version, kind);
        };
    }
}
