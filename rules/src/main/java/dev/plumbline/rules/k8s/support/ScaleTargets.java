package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * Which object of this file a HorizontalPodAutoscaler's {@code scaleTargetRef} names (same kind,
 * name and namespace; exactly one). Targets in other files are the workspace index's business.
 */
public final class ScaleTargets {

    private ScaleTargets() {
    }

    public static Optional<K8sResource> of(KubernetesFile file, K8sResource hpa) {
        Optional<YamlMapping> ref = Kinds.spec(hpa).flatMap(s -> KubeYaml.mapping(s, "scaleTargetRef"));
        Optional<String> kind = ref.flatMap(r -> KubeYaml.text(r, "kind"));
        Optional<String> name = ref.flatMap(r -> KubeYaml.text(r, "name"));
        if (kind.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        List<K8sResource> found = file.resources().stream()
                .filter(r -> r != hpa && r.kind().equals(kind.get()) && r.name().filter(name.get()::equals).isPresent())
                .filter(r -> r.namespace().equals(hpa.namespace()))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
