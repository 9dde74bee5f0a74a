package dev.plumbline.rules.k8s.features;

import dev.plumbline.features.TargetLocation;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.ManifestFacts;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlPath;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go to definition: from a Service's (or PodDisruptionBudget's) selector to the workloads whose pod
 * template it selects, from an Ingress backend's service name to that Service, from an HPA's
 * {@code scaleTargetRef} to the object it scales, and from a pod's ConfigMap, Secret, claim or
 * ServiceAccount reference to that object. The target is the name the resource is called by
 * ({@code metadata.name}'s value). Targets in the same file come from the model; with a workspace,
 * targets in the other files of the file's scope ({@link K8sScope}: its kustomize builds, else its
 * folder and below) come from the index. Files applied as patches are never targets: the object
 * they patch is defined elsewhere.
 */
final class Navigation {

    /** What the cursor points at. */
    private sealed interface Query {
    }

    /** Pods a selector selects (a Service's plain map, or a PDB's label selector). */
    private record Selects(K8sResource from, LabelSelector selector) implements Query {
    }

    /**
     * An object by kind and name.
     *
     * @param group the API group it must have, or {@code null} for any (an HPA names a kind, the group
     *     comes from its apiVersion, which is often left loose)
     */
    private record Named(K8sResource from, String kind, String group, String name) implements Query {
    }

    /** Reference keys in pod specs: the last two path segments, and the kind they name (core group). */
    private static final Map<List<String>, String> POD_REFERENCES = Map.of(
            List.of("configMapRef", "name"), "ConfigMap",
            List.of("configMapKeyRef", "name"), "ConfigMap",
            List.of("configMap", "name"), "ConfigMap",
            List.of("secretRef", "name"), "Secret",
            List.of("secretKeyRef", "name"), "Secret",
            List.of("secret", "secretName"), "Secret",
            List.of("secret", "name"), "Secret",
            List.of("persistentVolumeClaim", "claimName"), "PersistentVolumeClaim");

    private Navigation() {
    }

    /** Targets in this file only (what {@link #definition(KubernetesFile, TextDocument, Position, Optional)} gives without a workspace). */
    static List<Range> definition(KubernetesFile file, Position position) {
        return query(file, position).map(q -> inFile(file, q)).orElse(List.of());
    }

    static List<TargetLocation> definition(KubernetesFile file, TextDocument document, Position position,
            Optional<WorkspaceView> workspace) {
        Optional<Query> query = query(file, position);
        if (query.isEmpty()) {
            return List.of();
        }
        List<TargetLocation> out = new ArrayList<>();
        inFile(file, query.get()).forEach(range -> out.add(new TargetLocation(document.uri(), range)));
        workspace.ifPresent(view -> out.addAll(inScope(view, file, query.get())));
        return out;
    }

    private static Optional<Query> query(KubernetesFile file, Position position) {
        Optional<YamlPath> path = file.yaml().pathAt(position);
        Optional<K8sResource> resource = resourceAt(file, position);
        if (path.isEmpty() || resource.isEmpty()) {
            return Optional.empty();
        }
        List<Object> segments = relative(path.get(), resource.get());
        K8sResource from = resource.get();
        if (isSelector(from, segments)) {
            Optional<YamlNode> node = from.root().at("spec", "selector");
            Optional<LabelSelector> selector = node.flatMap(n -> from.kind().equals("Service")
                    ? LabelSelector.ofMap(n) : LabelSelector.of(n));
            // an empty selector selects everything, or nothing: no single place to go
            return selector.filter(s -> !s.isEmpty()).map(s -> new Selects(from, s));
        }
        Optional<String> value = path.get().entry().flatMap(e -> e.value().asText()).filter(s -> !s.isBlank());
        if (from.kind().equals("Ingress") && isBackendService(segments) && value.isPresent()) {
            return Optional.of(new Named(from, "Service", "", value.get()));
        }
        if (isScaleTargetRef(from, segments)) {
            return scaleTarget(from);
        }
        int n = segments.size();
        if (n >= 1 && from.isWorkload() && value.isPresent()) {
            String kind = n >= 2 ? POD_REFERENCES.get(List.of(String.valueOf(segments.get(n - 2)),
                    String.valueOf(segments.get(n - 1)))) : null;
            if (kind == null && segments.get(n - 1).equals("serviceAccountName")) {
                kind = "ServiceAccount";
            }
            if (kind != null) {
                return Optional.of(new Named(from, kind, "", value.get()));
            }
        }
        return Optional.empty();
    }

    /** On a Service's {@code spec.selector} or a PodDisruptionBudget's {@code spec.selector} (keys or values). */
    private static boolean isSelector(K8sResource resource, List<Object> segments) {
        boolean service = resource.kind().equals("Service") && resource.group().isEmpty();
        boolean pdb = resource.kind().equals("PodDisruptionBudget") && resource.group().equals("policy");
        return (service || pdb) && segments.size() >= 2 && segments.get(0).equals("spec")
                && segments.get(1).equals("selector");
    }

    /**
     * On the Service name an Ingress backend names: {@code service.name} (networking.k8s.io/v1) or
     * {@code serviceName} (v1beta1), under {@code defaultBackend}, {@code backend} or a rule path's
     * {@code backend}.
     */
    private static boolean isBackendService(List<Object> segments) {
        int n = segments.size();
        boolean v1 = n >= 3 && segments.get(n - 1).equals("name") && segments.get(n - 2).equals("service")
                && isBackend(segments.get(n - 3));
        boolean beta = n >= 2 && segments.get(n - 1).equals("serviceName") && isBackend(segments.get(n - 2));
        return v1 || beta;
    }

    private static boolean isBackend(Object segment) {
        return segment.equals("backend") || segment.equals("defaultBackend");
    }

    /** On an HPA's {@code spec.scaleTargetRef} or one of its keys. */
    private static boolean isScaleTargetRef(K8sResource resource, List<Object> segments) {
        return resource.kind().equals("HorizontalPodAutoscaler") && resource.group().equals("autoscaling")
                && segments.size() >= 2 && segments.get(0).equals("spec") && segments.get(1).equals("scaleTargetRef");
    }

    private static Optional<Query> scaleTarget(K8sResource hpa) {
        Optional<YamlMapping> ref = hpa.root().at("spec", "scaleTargetRef").flatMap(YamlNode::asMapping);
        Optional<String> kind = ref.flatMap(r -> KubeYaml.text(r, "kind")).filter(s -> !s.isBlank());
        Optional<String> name = ref.flatMap(r -> KubeYaml.text(r, "name")).filter(s -> !s.isBlank());
        return kind.isPresent() && name.isPresent()
                ? Optional.of(new Named(hpa, kind.get(), null, name.get())) : Optional.empty();
    }

    /** The targets the file itself defines. */
    private static List<Range> inFile(KubernetesFile file, Query query) {
        List<Range> out = new ArrayList<>();
        if (query instanceof Selects selects) {
            for (PodSpec pod : file.podSpecs()) {
                K8sResource workload = pod.resource();
                if (workload != selects.from() && sameNamespace(selects.from(), workload)
                        && selects.selector().matches(pod.templateLabels())) {
                    out.add(nameRange(workload));
                }
            }
        } else if (query instanceof Named named) {
            for (K8sResource resource : file.resources()) {
                if (resource != named.from() && resource.kind().equals(named.kind())
                        && (named.group() == null || resource.group().equals(named.group()))
                        && resource.name().filter(named.name()::equals).isPresent()
                        && sameNamespace(named.from(), resource)) {
                    out.add(nameRange(resource));
                }
            }
        }
        return out;
    }

    /** The targets other files of the scope define, as the workspace index knows them. */
    private static List<TargetLocation> inScope(WorkspaceView view, KubernetesFile file, Query query) {
        K8sScope scope = K8sScope.of(view, file);
        String namespace = (query instanceof Selects s ? s.from() : ((Named) query).from()).namespace().orElse("");
        List<K8sScope.Placed> candidates = query instanceof Named named
                ? scope.named(named.kind(), named.name()).stream()
                        .filter(p -> named.group() == null || p.object().kind().group().equals(named.group())).toList()
                : scope.podTemplates();
        List<TargetLocation> out = new ArrayList<>();
        for (K8sScope.Placed placed : candidates) {
            ManifestFacts.ObjectFact object = placed.object();
            if (placed.path().equals(scope.selfPath()) || scope.isPatchFile(placed.path())
                    || !K8sScope.sameNamespace(namespace, object.namespace())) {
                continue;
            }
            if (query instanceof Selects selects
                    && !object.pod().map(pod -> selects.selector().matches(pod.labels())).orElse(false)) {
                continue;
            }
            out.add(new TargetLocation(uriOf(view, placed.path()), object.nameRange()));
        }
        return out;
    }

    /** The URI of a file of the workspace, by its path relative to the index root. */
    static String uriOf(WorkspaceView view, String relativePath) {
        return view.index().root().resolve(relativePath).toUri().toString();
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
