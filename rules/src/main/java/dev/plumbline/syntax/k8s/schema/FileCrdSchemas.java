package dev.plumbline.syntax.k8s.schema;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The CRDs of one file, read on the first lookup; used by one analysis (one thread) at a time. */
final class FileCrdSchemas implements CrdSchemas {

    private final KubernetesFile file;
    private Map<String, SchemaType> byKey;

    FileCrdSchemas(KubernetesFile file) {
        this.file = file;
    }

    @Override
    public Optional<SchemaType> find(String group, String version, String kind) {
        if (byKey == null) {
            Map<String, SchemaType> read = new HashMap<>();
            for (K8sResource resource : file.resources()) {
                for (CrdSchemaReader.CrdVersion v : CrdSchemaReader.read(resource)) {
                    read.putIfAbsent(key(v.group(), v.version(), v.kind()), v.schema());
                }
            }
            byKey = read;
        }
        return Optional.ofNullable(byKey.get(key(group, version, kind)));
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "\t" + kind;
    }
}
