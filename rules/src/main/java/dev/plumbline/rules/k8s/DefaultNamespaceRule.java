package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Options;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Optional;
import java.util.Set;

/**
 * A namespaced object placed in the {@code default} namespace, where everything without a home ends
 * up and namespace-scoped policies (quotas, network policies, RBAC) are rarely set. With
 * {@code kubernetes.requireNamespace: true} an object of a known namespaced kind that sets no
 * namespace is reported too (kustomize's {@code namespace:} is not seen from here). Off by default.
 */
public final class DefaultNamespaceRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/default-namespace", "Object is in the default namespace",
            Severity.INFORMATION, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "use-namespace")).offByDefault();

    /** Built-in kinds that live in a namespace; only these are reported for a missing namespace. */
    private static final Set<String> NAMESPACED = Set.of("Pod", "PodTemplate", "ReplicationController", "Deployment",
            "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "Service", "ConfigMap", "Secret",
            "ServiceAccount", "PersistentVolumeClaim", "Ingress", "NetworkPolicy", "Role", "RoleBinding",
            "PodDisruptionBudget", "HorizontalPodAutoscaler", "LimitRange", "ResourceQuota", "Endpoints",
            "EndpointSlice", "Lease", "Event", "ControllerRevision", "CSIStorageCapacity");
    /** Kinds that never live in a namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "ClusterRole",
            "ClusterRoleBinding", "StorageClass", "CustomResourceDefinition", "PriorityClass", "IngressClass",
            "RuntimeClass", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
            "MutatingAdmissionPolicyBinding", "CSIDriver", "CSINode", "VolumeAttachment", "CertificateSigningRequest",
            "PodSecurityPolicy", "ComponentStatus", "FlowSchema", "PriorityLevelConfiguration", "List",
            "Kustomization", "Component", "VolumeSnapshotClass", "GatewayClass", "ClusterIssuer");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        boolean requireNamespace = Options.flag(context.config(), Options.REQUIRE_NAMESPACE);
        for (K8sResource resource : context.model().resources()) {
            if (CLUSTER_SCOPED.contains(resource.kind()) || resource.isKustomization()) {
                continue;
            }
            Optional<YamlMapping> metadata = resource.metadata();
            Optional<YamlEntry> namespace = metadata.flatMap(m -> KubeYaml.entry(m, "namespace"));
            Optional<String> value = namespace.flatMap(e -> e.value().asText()).filter(v -> !namespace.get().value().isNull());
            if (value.isPresent() && value.get().equals("default")) {
                context.report(namespace.get().value().range(), resource.describe() + " is placed in the default"
                        + " namespace; give the application a namespace of its own");
            } else if (value.isEmpty() && requireNamespace && NAMESPACED.contains(resource.kind())
                    && isBuiltIn(resource) && !Patches.isPatchFile(context)) {
                context.report(owner(resource), resource.describe() + " sets no namespace, so it lands in whatever"
                        + " namespace the kubectl context names (often default); set metadata.namespace");
            }
        }
    }

    /** Built-in groups: core, {@code *.k8s.io} and the well-known unsuffixed ones. */
    private static boolean isBuiltIn(K8sResource resource) {
        String group = resource.group();
        return group.isEmpty() || group.endsWith(".k8s.io") || Set.of("apps", "batch", "autoscaling", "policy",
                "extensions").contains(group);
    }

    /** The {@code metadata} key, else the {@code kind} entry. */
    private static dev.plumbline.text.Range owner(K8sResource resource) {
        return KubeYaml.entry(resource.root(), "metadata").map(e -> e.key().range())
                .orElseGet(() -> resource.kindEntry().map(YamlEntry::range).orElse(resource.root().range()));
    }
}
