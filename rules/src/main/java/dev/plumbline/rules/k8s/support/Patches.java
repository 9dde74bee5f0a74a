package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.workspace.WorkspaceView;
import java.util.Optional;

/**
 * Kustomize strategic-merge patches, which hold only what they change: the base supplies the rest.
 * Every rule that reports something an object does not set (a probe, a resource request or limit, a
 * securityContext field, a deadline, a replica count, ...) skips patch files through
 * {@link #isPatchFile}; rules about what an object does set (an unknown field, a wrong type,
 * {@code privileged: true}, a {@code :latest} image) judge patches too.
 *
 * <p>A patch file is one a kustomization in the workspace applies as a patch, or one whose name says
 * so ({@code patch}, or {@code assert} for the partial objects of kuttl and chainsaw tests). The rules
 * that judge an object's absent parts across resources or controllers (job TTL, CronJob deadline, PDB,
 * NetworkPolicy, StatefulSet service, volume mounts, restart policy) also skip an object that lacks
 * what no complete object can lack ({@link #looksLikePatch}) through {@link #isPatch}.
 */
public final class Patches {

    private Patches() {
    }

    /** True when {@code resource} of the analysed file is in a patch file, or looks like a patch on its own. */
    public static boolean isPatch(RuleContext<KubernetesFile> context, K8sResource resource) {
        return isPatchFile(context) || looksLikePatch(resource);
    }

    /**
     * True when the analysed file holds patches: some kustomization of the workspace lists it under
     * {@code patches}, {@code patchesStrategicMerge} or {@code patchesJson6902} (once the index's first
     * scan is done), or its name contains {@code patch} or {@code assert}.
     */
    public static boolean isPatchFile(RuleContext<KubernetesFile> context) {
        if (PartialFiles.isLikelyPartial(context.document())) {
            return true;
        }
        Optional<WorkspaceView> view = context.workspace();
        return view.isPresent() && ScopeIndex.of(view.get().index()).isPatchFile(view.get().selfPath());
    }

    /**
     * The single-object guess: it lacks an apps/v1 workload's selector, a container's image or a
     * CronJob's schedule. Too broad for the container rules: a kustomize base may leave the selector
     * to its kustomization's labels, and it still says what its containers are.
     */
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
