package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sNames;
import dev.plumbline.rules.k8s.support.ScalarEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.ScalarChecks;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A name the API server rejects: an object's {@code metadata.name} (a DNS subdomain for most kinds, a
 * DNS label for a Namespace, a DNS-1035 label for a Service, at most 52 characters for a CronJob, a
 * path segment for RBAC objects), container, volume and port names, named target ports, label keys
 * and values (metadata, pod templates, selectors, node selectors) and annotation keys. Custom
 * resources and values holding template placeholders are not judged.
 */
public final class InvalidNameRule implements Rule<KubernetesFile> {

    private static final PeerId LABEL_VALUES = PeerId.of(PeerId.KUBE_SCORE, "label-values");
    private static final PeerId TARGET_PORTS = PeerId.of(PeerId.KUBE_LINTER, "invalid-target-ports");

    static final RuleMeta META = RuleMeta.of("k8s/invalid-name", "Name is not valid for the API server",
            Severity.ERROR, Language.KUBERNETES, LABEL_VALUES, TARGET_PORTS);

    /** How each kind's {@code metadata.name} is validated; kinds not listed are not judged. */
    private static final Map<String, Function<String, Optional<String>>> OBJECT_NAMES = Map.ofEntries(
            Map.entry("Namespace", K8sNames::dns1123Label),
            Map.entry("Service", K8sNames::dns1035Label),
            Map.entry("Role", K8sNames::pathSegment),
            Map.entry("ClusterRole", K8sNames::pathSegment),
            Map.entry("RoleBinding", K8sNames::pathSegment),
            Map.entry("ClusterRoleBinding", K8sNames::pathSegment),
            Map.entry("CronJob", InvalidNameRule::cronJobName));
    private static final Set<String> SUBDOMAIN_NAMES = Set.of("Pod", "Deployment", "ReplicaSet", "DaemonSet",
            "StatefulSet", "Job", "ReplicationController", "PodTemplate", "ConfigMap", "Secret", "ServiceAccount",
            "PersistentVolumeClaim", "PersistentVolume", "Ingress", "IngressClass", "NetworkPolicy",
            "HorizontalPodAutoscaler", "PodDisruptionBudget", "StorageClass", "PriorityClass", "LimitRange",
            "ResourceQuota", "EndpointSlice", "Endpoints", "Node");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (K8sSchema.builtin().kind(resource.apiVersion(), resource.kind()).isEmpty()) {
                continue;
            }
            Set<YamlNode> seen = new HashSet<>();
            Optional<YamlMapping> metadata = resource.metadata();
            metadata.ifPresent(m -> objectName(context, resource, m));
            metadata.ifPresent(m -> labelsAndAnnotations(context, m, seen));
            Optional<YamlMapping> spec = KubeYaml.mapping(resource.root(), "spec");
            spec.flatMap(s -> KubeYaml.mapping(s, "selector")).ifPresent(selector -> {
                if (resource.kind().equals("Service") && resource.group().isEmpty()) {
                    labels(context, selector, "Selector label", seen);
                } else {
                    KubeYaml.mapping(selector, "matchLabels").ifPresent(m -> labels(context, m, "Selector label", seen));
                }
            });
            if (resource.kind().equals("Service") && resource.group().isEmpty()) {
                spec.ifPresent(s -> servicePorts(context, s));
            }
            resource.podSpec().ifPresent(pod -> podSpec(context, pod, seen));
        }
    }

    private static Optional<String> cronJobName(String name) {
        return K8sNames.dns1123Subdomain(name).or(() -> name.length() > 52
                ? Optional.of("it is longer than 52 characters (the Jobs it creates add 11)") : Optional.empty());
    }

    private void objectName(RuleContext<KubernetesFile> context, K8sResource resource, YamlMapping metadata) {
        Function<String, Optional<String>> check = OBJECT_NAMES.get(resource.kind());
        if (check == null && SUBDOMAIN_NAMES.contains(resource.kind())) {
            check = K8sNames::dns1123Subdomain;
        }
        if (check != null) {
            Function<String, Optional<String>> rule = check;
            KubeYaml.get(metadata, "name").ifPresent(name -> judge(context, name, resource.kind() + " name", rule));
        }
    }

    private void labelsAndAnnotations(RuleContext<KubernetesFile> context, YamlMapping metadata, Set<YamlNode> seen) {
        if (!seen.add(metadata)) {
            return;
        }
        KubeYaml.mapping(metadata, "labels").ifPresent(m -> labels(context, m, "Label", seen));
        KubeYaml.mapping(metadata, "annotations").ifPresent(annotations -> {
            for (YamlEntry entry : annotations.withMerges().entries()) {
                judge(context, entry.key(), "Annotation key", K8sNames::qualifiedName);
            }
        });
    }

    private void labels(RuleContext<KubernetesFile> context, YamlMapping labels, String what, Set<YamlNode> seen) {
        if (!seen.add(labels)) {
            return;
        }
        for (YamlEntry entry : labels.withMerges().entries()) {
            judge(context, entry.key(), what + " key", K8sNames::qualifiedName);
            judge(context, entry.value(), what + " value", K8sNames::labelValue)
                    .ifPresent(report -> report.peers(LABEL_VALUES));
        }
    }

    private void podSpec(RuleContext<KubernetesFile> context, PodSpec pod, Set<YamlNode> seen) {
        pod.templateMetadata().ifPresent(m -> labelsAndAnnotations(context, m, seen));
        KubeYaml.mapping(pod.mapping(), "nodeSelector").ifPresent(m -> labels(context, m, "Node selector label", seen));
        for (Container container : pod.containers()) {
            container.get("name").ifPresent(name -> judge(context, name, container.list().noun() + " name",
                    K8sNames::dns1123Label));
            container.get("ports").flatMap(YamlNode::asSequence).ifPresent(ports -> {
                for (YamlNode port : ports.items()) {
                    port.asMapping().flatMap(p -> KubeYaml.get(p, "name")).ifPresent(name -> judge(context, name,
                            "Container port name", K8sNames::ianaServiceName).ifPresent(r -> r.peers(TARGET_PORTS)));
                }
            });
        }
        KubeYaml.get(pod.mapping(), "volumes").flatMap(YamlNode::asSequence).ifPresent(volumes -> {
            for (YamlNode volume : volumes.items()) {
                volume.asMapping().flatMap(v -> KubeYaml.get(v, "name"))
                        .ifPresent(name -> judge(context, name, "Volume name", K8sNames::dns1123Label));
            }
        });
    }

    private void servicePorts(RuleContext<KubernetesFile> context, YamlMapping spec) {
        List<YamlNode> ports = KubeYaml.get(spec, "ports").flatMap(YamlNode::asSequence).map(YamlSequence::items)
                .orElse(List.of());
        for (YamlNode port : ports) {
            Optional<YamlMapping> mapping = port.asMapping();
            mapping.flatMap(p -> KubeYaml.get(p, "name"))
                    .ifPresent(name -> judge(context, name, "Service port name", K8sNames::dns1123Label));
            mapping.flatMap(p -> KubeYaml.get(p, "targetPort"))
                    .filter(t -> t.asScalar().map(s -> KubeYaml.decodedType(s) == KubeYaml.Decoded.STRING).orElse(false))
                    .ifPresent(target -> judge(context, target, "Target port name", K8sNames::ianaServiceName)
                            .ifPresent(r -> r.peers(TARGET_PORTS)));
        }
    }

    /** Reports {@code written} when it is a string the check rejects; offers lower-casing when that is all it takes. */
    private Optional<RuleContext<KubernetesFile>.Report> judge(RuleContext<KubernetesFile> context, YamlNode written,
            String what, Function<String, Optional<String>> check) {
        Optional<YamlScalar> scalar = written.asScalar();
        if (scalar.isEmpty() || KubeYaml.decodedType(scalar.get()) != KubeYaml.Decoded.STRING
                || ScalarChecks.hasPlaceholder(scalar.get().value())) {
            return Optional.empty();
        }
        String value = scalar.get().value();
        if (value.isEmpty()) {
            return Optional.empty(); // a missing name, reported as such
        }
        Optional<String> problem = check.apply(value);
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        String shown = value.length() > 70 ? value.substring(0, 67) + "..." : value;
        RuleContext<KubernetesFile>.Report report = context.report(written.range(), what + " \"" + shown
                + "\" is not valid: " + problem.get()).peers();
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals(value) && check.apply(lower).isEmpty()) {
            ScalarEdits.replace(written, lower).ifPresent(edit -> report.fix("Use \"" + lower + "\"", edit));
        }
        return Optional.of(report);
    }
}
