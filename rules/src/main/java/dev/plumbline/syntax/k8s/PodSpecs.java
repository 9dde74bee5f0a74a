package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each workload kind keeps its pod spec: {@code spec} for a Pod, {@code template.spec} for a
 * PodTemplate, {@code spec.template.spec} for ReplicationController, Deployment, ReplicaSet,
 * StatefulSet, DaemonSet and Job, and {@code spec.jobTemplate.spec.template.spec} for a CronJob. A
 * kind counts only in its own API group (any version), so a custom resource that happens to be
 * called {@code Job} is not taken for one.
 */
public final class PodSpecs {

    /** A workload kind: the API groups it lives in and the keys from the root to its pod template. */
    private record Workload(Set<String> groups, List<String> templatePath) {
    }

    private static final List<String> SPEC_TEMPLATE = List.of("spec", "template");
    private static final Map<String, Workload> WORKLOADS = Map.of(
            "Pod", new Workload(Set.of(""), List.of()),
            "PodTemplate", new Workload(Set.of(""), List.of("template")),
            "ReplicationController", new Workload(Set.of(""), SPEC_TEMPLATE),
            "Deployment", new Workload(Set.of("apps", "extensions"), SPEC_TEMPLATE),
            "ReplicaSet", new Workload(Set.of("apps", "extensions"), SPEC_TEMPLATE),
            "DaemonSet", new Workload(Set.of("apps", "extensions"), SPEC_TEMPLATE),
            "StatefulSet", new Workload(Set.of("apps"), SPEC_TEMPLATE),
            "Job", new Workload(Set.of("batch"), SPEC_TEMPLATE),
            "CronJob", new Workload(Set.of("batch"), List.of("spec", "jobTemplate", "spec", "template")));

    /** Every workload kind. */
    public static final Set<String> WORKLOAD_KINDS = WORKLOADS.keySet();

    private PodSpecs() {
    }

    /** True when the resource is one of the workload kinds in its own API group. */
    public static boolean isWorkload(K8sResource resource) {
        return workload(resource).isPresent();
    }

    /** The resource's pod spec; empty for other kinds and when a mapping on the way is missing or not a mapping. */
    public static Optional<PodSpec> find(K8sResource resource) {
        Optional<Workload> workload = workload(resource);
        if (workload.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping template = resource.root();
        for (String key : workload.get().templatePath()) {
            Optional<YamlMapping> next = KubeYaml.mapping(template, key);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            template = next.get();
        }
        YamlMapping podTemplate = template;
        return KubeYaml.mapping(podTemplate, "spec").map(spec -> new PodSpec(resource, podTemplate, spec));
    }

    private static Optional<Workload> workload(K8sResource resource) {
        return Optional.ofNullable(WORKLOADS.get(resource.kind())).filter(w -> w.groups().contains(resource.group()));
    }
}
