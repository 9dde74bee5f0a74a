package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.ScaleTargets;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * A HorizontalPodAutoscaler that scales on CPU or memory utilization while a container of its target
 * has no request for that resource: utilization is usage divided by request, so the HPA cannot compute
 * it and does not scale. ({@code autoscaling/v2} Resource and ContainerResource metrics with a
 * {@code Utilization} target, and {@code autoscaling/v1}'s {@code targetCPUUtilizationPercentage}.)
 * Only targets of the same file are seen for now.
 */
public final class HpaWithoutRequestsRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/hpa-without-requests", "Autoscaler cannot compute utilization",
            Severity.WARNING, Language.KUBERNETES);

    /** One utilization metric: the resource, the container it is limited to (or none), where it is written. */
    private record Metric(String resource, Optional<String> container, Range range) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource hpa : context.model().resources()) {
            if (!Kinds.isHpa(hpa)) {
                continue;
            }
            Optional<PodSpec> pod = ScaleTargets.of(context.model(), hpa).flatMap(K8sResource::podSpec);
            if (pod.isEmpty()) {
                continue;
            }
            for (Metric metric : metrics(hpa)) {
                for (Container container : pod.get().containers(ContainerList.CONTAINERS)) {
                    if (metric.container().isPresent() && !metric.container().equals(container.name())) {
                        continue;
                    }
                    if (!requests(container, metric.resource())) {
                        context.report(metric.range(), hpa.describe() + " scales on " + metric.resource()
                                + " utilization, but " + container.describe() + " of " + pod.get().resource().describe()
                                + " has no " + metric.resource() + " request, so utilization cannot be computed and"
                                + " the autoscaler does not scale");
                        break;
                    }
                }
            }
        }
    }

    private static boolean requests(Container container, String resource) {
        return container.get("resources").flatMap(YamlNode::asMapping)
                .flatMap(r -> KubeYaml.mapping(r, "requests"))
                .flatMap(r -> KubeYaml.get(r, resource)).filter(v -> !v.isNull()).isPresent()
                // without requests the API server copies the limit into the request
                || container.get("resources").flatMap(YamlNode::asMapping)
                        .flatMap(r -> KubeYaml.mapping(r, "limits"))
                        .flatMap(r -> KubeYaml.get(r, resource)).filter(v -> !v.isNull()).isPresent();
    }

    private static List<Metric> metrics(K8sResource hpa) {
        Optional<YamlMapping> spec = Kinds.spec(hpa);
        if (spec.isEmpty()) {
            return List.of();
        }
        Optional<YamlEntry> v1 = KubeYaml.entry(spec.get(), "targetCPUUtilizationPercentage")
                .filter(e -> !e.value().isNull());
        if (v1.isPresent()) {
            return List.of(new Metric("cpu", Optional.empty(), v1.get().key().range()));
        }
        List<YamlNode> items = KubeYaml.get(spec.get(), "metrics").flatMap(YamlNode::asSequence)
                .map(YamlSequence::items).orElse(List.of());
        return items.stream().flatMap(item -> item.asMapping().flatMap(HpaWithoutRequestsRule::metric).stream()).toList();
    }

    private static Optional<Metric> metric(YamlMapping item) {
        Optional<String> type = KubeYaml.text(item, "type");
        String key = type.filter("ContainerResource"::equals).isPresent() ? "containerResource" : "resource";
        if (type.isEmpty() || !(type.get().equals("Resource") || type.get().equals("ContainerResource"))) {
            return Optional.empty();
        }
        Optional<YamlMapping> source = KubeYaml.mapping(item, key);
        Optional<YamlEntry> name = source.flatMap(s -> KubeYaml.entry(s, "name"));
        Optional<String> resource = name.flatMap(e -> e.value().asText()).filter(r -> r.equals("cpu") || r.equals("memory"));
        boolean utilization = source.flatMap(s -> KubeYaml.mapping(s, "target"))
                .flatMap(t -> KubeYaml.text(t, "type")).filter("Utilization"::equals).isPresent()
                || source.flatMap(s -> KubeYaml.get(s, "targetAverageUtilization")).isPresent();
        if (resource.isEmpty() || !utilization) {
            return Optional.empty();
        }
        Optional<String> container = key.equals("containerResource")
                ? source.flatMap(s -> KubeYaml.text(s, "container")) : Optional.empty();
        if (key.equals("containerResource") && container.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metric(resource.get(), container, name.get().value().range()));
    }
}
