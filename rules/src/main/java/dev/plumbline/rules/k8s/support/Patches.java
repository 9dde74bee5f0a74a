package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.PodSpec;
import java.util.Optional;

/**
 * Objects that look like kustomize strategic-merge patches rather than whole manifests: they lack a
 * field no complete object can lack (an apps/v1 workload's selector, a container's image, a CronJob's
 * schedule). Rules about something an object does not set skip them, since the base supplies the
 * rest. The workspace index will know which files kustomizations use as patches; until then this is
 * the single-file guess.
 */
public final class Patches {

    private Patches() {
    }

    public static boolean looksLikePatch(K8sResource resource) {
        if (Kinds.isCronJob(resource)
                && Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "schedule")).filter(v -> !v.isNull()).isEmpty()) {
            return true;
        }
        boolean apps = resource.group().equals("apps") && (Kinds.isDeployment(resource) || Kinds.isStatefulSet(resource)
                || Kinds.isDaemonSet(resource) || Kinds.isReplicaSet(resource));
        if (apps && Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "selector")).filter(v -> !v.isNull()).isEmpty()) {
            return true;
        }
        Optional<PodSpec> pod = resource.podSpec();
        return pod.isPresent() && pod.get().containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS).stream()
                .anyMatch(Patches::lacksImage);
    }

    private static boolean lacksImage(Container container) {
        return container.get("image").filter(v -> !v.isNull()).isEmpty();
    }
}
