package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import java.util.Optional;
import java.util.Set;

/**
 * Which built-in kind a resource is (a kind counts only in its own API groups, so a custom resource
 * that happens to be called {@code Job} is not one), and where resource-level findings go.
 */
public final class Kinds {

    private static final Set<String> APPS = Set.of("apps", "extensions");

    private Kinds() {
    }

    public static boolean is(K8sResource resource, String kind, Set<String> groups) {
        return resource.kind().equals(kind) && groups.contains(resource.group());
    }

    public static boolean isDeployment(K8sResource resource) {
        return is(resource, "Deployment", APPS);
    }

    public static boolean isReplicaSet(K8sResource resource) {
        return is(resource, "ReplicaSet", APPS);
    }

    public static boolean isDaemonSet(K8sResource resource) {
        return is(resource, "DaemonSet", APPS);
    }

    public static boolean isStatefulSet(K8sResource resource) {
        return is(resource, "StatefulSet", Set.of("apps"));
    }

    public static boolean isReplicationController(K8sResource resource) {
        return is(resource, "ReplicationController", Set.of(""));
    }

    public static boolean isJob(K8sResource resource) {
        return is(resource, "Job", Set.of("batch"));
    }

    public static boolean isCronJob(K8sResource resource) {
        return is(resource, "CronJob", Set.of("batch"));
    }

    public static boolean isPdb(K8sResource resource) {
        return is(resource, "PodDisruptionBudget", Set.of("policy"));
    }

    public static boolean isHpa(K8sResource resource) {
        return is(resource, "HorizontalPodAutoscaler", Set.of("autoscaling"));
    }

    public static boolean isService(K8sResource resource) {
        return is(resource, "Service", Set.of(""));
    }

    /** Deployment, ReplicaSet, StatefulSet, DaemonSet and ReplicationController: they keep pods running. */
    public static boolean isController(K8sResource resource) {
        return isDeployment(resource) || isReplicaSet(resource) || isStatefulSet(resource) || isDaemonSet(resource)
                || isReplicationController(resource);
    }

    /** The resource's {@code spec} mapping. */
    public static Optional<YamlMapping> spec(K8sResource resource) {
        return KubeYaml.mapping(resource.root(), "spec");
    }

    /**
     * Where a finding about something the resource's spec lacks goes: the {@code spec} key, else the
     * {@code kind} entry.
     */
    public static Range specOwner(K8sResource resource) {
        Optional<YamlEntry> spec = KubeYaml.entry(resource.root(), "spec");
        if (spec.isPresent()) {
            return spec.get().key().range();
        }
        return resource.kindEntry().map(YamlEntry::range).orElse(resource.root().range());
    }
}
