package dev.plumbline.rules.k8s.features;

import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go to definition inside one file: from a Service's (or PodDisruptionBudget's) selector to the
 * workloads whose pod template it selects, and from an Ingress backend's service name to that
 * Service. The target is the name the resource is called by ({@code metadata.name}'s value).
 */
final class Navigation {

    private Navigation() {
    }

    static List<Range> definition(KubernetesFile file, Position position) {
        Optional<YamlPath> path = file.yaml().pathAt(position);
        Optional<K8sResource> resource = resourceAt(file, position);
        if (path.isEmpty() || resource.isEmpty()) {
            return List.of();
        }
        List<Object> segments = relative(path.get(), resource.get());
        K8sResource from = resource.get();
        if (isSelector(from, segments)) {
            return selectorTargets(file, from);
        }
        Optional<String> service = backendService(segments, path.get());
        if (from.kind().equals("Ingress") && service.isPresent()) {
            return file.resources().stream()
                    .filter(r -> r.kind().equals("Service") && r.group().isEmpty())
                    .filter(r -> r.name().filter(service.get()::equals).isPresent() && sameNamespace(from, r))
                    .map(Navigation::nameRange)
                    .toList();
        }
        return List.of();
    }

    /** On a Service's {@code spec.selector} or a PodDisruptionBudget's {@code spec.selector} (keys or values). */
    private static boolean isSelector(K8sResource resource, List<Object> segments) {
        boolean service = resource.kind().equals("Service") && resource.group().isEmpty();
        boolean pdb = resource.kind().equals("PodDisruptionBudget") && resource.group().equals("policy");
        return (service || pdb) && segments.size() >= 2 && segments.get(0).equals("spec")
                && segments.get(1).equals("selector");
    }

    private static List<Range> selectorTargets(KubernetesFile file, K8sResource from) {
        Optional<YamlNode> node = from.root().at("spec", "selector");
        if (node.isEmpty()) {
            return List.of();
        }
        Optional<LabelSelector> selector = from.kind().equals("Service")
                ? LabelSelector.ofMap(node.get()) : LabelSelector.of(node.get());
        if (selector.isEmpty() || selector.get().isEmpty()) {
            return List.of(); // an empty selector selects everything, or nothing: no single place to go
        }
        List<Range> out = new ArrayList<>();
        for (PodSpec pod : file.podSpecs()) {
            K8sResource workload = pod.resource();
            Map<String, String> labels = pod.templateLabels();
            if (workload != from && sameNamespace(from, workload) && selector.get().matches(labels)) {
                out.add(nameRange(workload));
            }
        }
        return out;
    }

    /**
     * The Service name an Ingress backend names when the cursor is on it: {@code service.name}
     * (networking.k8s.io/v1) or {@code serviceName} (v1beta1), under {@code defaultBackend},
     * {@code backend} or a rule path's {@code backend}.
     */
    private static Optional<String> backendService(List<Object> segments, YamlPath path) {
        int n = segments.size();
        boolean v1 = n >= 3 && segments.get(n - 1).equals("name") && segments.get(n - 2).equals("service")
                && isBackend(segments.get(n - 3));
        boolean beta = n >= 2 && segments.get(n - 1).equals("serviceName") && isBackend(segments.get(n - 2));
        if (!v1 && !beta) {
            return Optional.empty();
        }
        return path.entry().flatMap(e -> e.value().asText()).filter(s -> !s.isEmpty());
    }

    private static boolean isBackend(Object segment) {
        return segment.equals("backend") || segment.equals("defaultBackend");
    }

    /** A missing namespace matches any: one file usually leaves it to {@code kubectl -n}. */
    private static boolean sameNamespace(K8sResource a, K8sResource b) {
        Optional<String> na = a.namespace();
        Optional<String> nb = b.namespace();
        return na.isEmpty() || nb.isEmpty() || na.get().equals(nb.get());
    }

    private static Range nameRange(K8sResource resource) {
        return resource.metadata().flatMap(m -> KubeYaml.entry(m, "name")).map(YamlEntry::value).map(YamlNode::range)
                .or(() -> resource.kindEntry().map(e -> e.value().range()))
                .orElse(resource.root().range());
    }

    /** The innermost resource holding {@code position} (a List item rather than its List). */
    static Optional<K8sResource> resourceAt(KubernetesFile file, Position position) {
        K8sResource best = null;
        for (K8sResource resource : file.resources()) {
            if (resource.document().containsLine(position.line())
                    && (resource.list().isEmpty() || resource.root().fullRange().contains(position))) {
                best = resource;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The path's keys and indexes below the resource's own mapping. */
    private static List<Object> relative(YamlPath path, K8sResource resource) {
        List<YamlPath.Step> steps = path.steps();
        int from = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof YamlPath.Index index && index.item().resolve() == resource.root()) {
                from = i + 1;
            }
        }
        List<Object> out = new ArrayList<>();
        for (YamlPath.Step step : steps.subList(from, steps.size())) {
            out.add(step instanceof YamlPath.Key key ? key.key() : (Object) ((YamlPath.Index) step).index());
        }
        return out;
    }

}
