package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageDetector;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.ContainerPort;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.PolicyRule;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Kubernetes YAML file contributes to the workspace index: its objects (identity, pod
 * template labels and ports, Service ports, selectors, scale targets, Secrets other kinds produce) and,
 * for a kustomization, the paths it lists and the objects its generators make. Plain values only, so
 * cross-file rules never touch another file's YAML tree.
 *
 * @param objects the file's objects in document order
 * @param kustomization what the file says as a kustomization (the first one), if it is one
 */
public record ManifestFacts(List<ObjectFact> objects, Optional<KustomizationFact> kustomization) {

    /** Built-in kind identity: the API group ("" for core) and the kind. */
    public record Kind(String group, String kind) {

        public static final Kind SERVICE = new Kind("", "Service");
        public static final Kind SERVICE_ACCOUNT = new Kind("", "ServiceAccount");
        public static final Kind CONFIG_MAP = new Kind("", "ConfigMap");
        public static final Kind SECRET = new Kind("", "Secret");
        public static final Kind PVC = new Kind("", "PersistentVolumeClaim");
        public static final Kind PDB = new Kind("policy", "PodDisruptionBudget");
        public static final Kind NETWORK_POLICY = new Kind("networking.k8s.io", "NetworkPolicy");
        public static final Kind HPA = new Kind("autoscaling", "HorizontalPodAutoscaler");

        public static Kind of(K8sResource resource) {
            return new Kind(resource.group(), resource.kind());
        }
    }

    /** Labels controllers put on the pods they create, never written in a pod template. */
    static final Set<String> CONTROLLER_LABELS = Set.of("statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index",
            "controller-revision-hash", "pod-template-hash", "pod-template-generation", "job-name", "controller-uid",
            "batch.kubernetes.io/job-name", "batch.kubernetes.io/controller-uid", "batch.kubernetes.io/job-completion-index");

    /** A label selector as plain values: equality requirements and expressions ({@code In}, {@code NotIn}, ...). */
    public record Selector(Map<String, String> labels, List<Expression> expressions, boolean complete) {

        /** One {@code matchExpressions} item. */
        public record Expression(String key, String operator, List<String> values) {

            boolean matches(Map<String, String> podLabels) {
                String value = podLabels.get(key);
                return switch (operator) {
                    case "In" -> value != null && values.contains(value);
                    case "NotIn" -> value == null || !values.contains(value);
                    case "Exists" -> value != null;
                    default -> value == null; // DoesNotExist
                };
            }
        }

        public static Selector of(LabelSelector selector) {
            Map<String, String> labels = new LinkedHashMap<>();
            List<Expression> expressions = new ArrayList<>();
            for (LabelSelector.Requirement requirement : selector.requirements()) {
                if (requirement instanceof LabelSelector.Equals equals) {
                    labels.put(equals.key(), equals.value());
                } else if (requirement instanceof LabelSelector.Expression e) {
                    expressions.add(new Expression(e.key(), e.operator().written(), e.values()));
                }
            }
            return new Selector(Map.copyOf(labels), List.copyOf(expressions), selector.isComplete());
        }

        public boolean isEmpty() {
            return labels.isEmpty() && expressions.isEmpty();
        }

        /**
         * True when pods of a template with these labels are selected. Labels that controllers add to
         * each pod they create (a StatefulSet's pod name, a Job's name, a ReplicaSet's hash) are not in
         * any template, so a requirement on them is taken as met.
         */
        public boolean matches(Map<String, String> podLabels) {
            for (Map.Entry<String, String> label : labels.entrySet()) {
                if (!CONTROLLER_LABELS.contains(label.getKey()) && !label.getValue().equals(podLabels.get(label.getKey()))) {
                    return false;
                }
            }
            return expressions.stream().allMatch(e -> CONTROLLER_LABELS.contains(e.key()) || e.matches(podLabels));
        }
    }

    /** One declared container port: its name ("" when unnamed) and number (-1 when not a number). */
    public record Port(String name, long number) {

        /** How a Service or probe would refer to it: its name when it has one, else its number. */
        public String reference() {
            return name.isEmpty() ? String.valueOf(number) : name;
        }

        public boolean matches(String written) {
            return (!name.isEmpty() && name.equals(written)) || (number >= 0 && String.valueOf(number).equals(written));
        }
    }

    /** A workload's pod template: its labels and the ports its containers declare. */
    public record PodFact(Map<String, String> labels, List<Port> ports) {

        /** True when {@code port} (a name, or a number as text) is declared by some container. */
        public boolean declares(String port) {
            return ports.stream().anyMatch(p -> p.matches(port));
        }
    }

    /** One Service port: its name (may be "") and number. */
    public record ServicePort(String name, long port) {
    }

    /** A Service: its plain selector (absent for selector-less Services), ports and headless-ness. */
    public record ServiceFact(Optional<Selector> selector, List<ServicePort> ports, boolean headless, String type) {
    }

    /**
     * One object.
     *
     * @param namespace {@code metadata.namespace}, or "" when unset (the apply-time namespace)
     * @param line the 0-based line of its {@code kind} entry
     * @param pod the pod template of a workload
     * @param service the Service view of a Service
     * @param selector a PDB's {@code selector}, or a NetworkPolicy's {@code podSelector}
     * @param scaleTarget an HPA's {@code scaleTargetRef} as {@code Kind/name}
     * @param producesSecret the Secret another kind makes (a cert-manager Certificate's
     *     {@code secretName}, a SealedSecret or ExternalSecret's target)
     * @param likelyPatch true when it looks like a kustomize patch (lacks what a whole object has)
     * @param grantsSecretCreation a Role or ClusterRole allowing {@code create} on Secrets: some
     *     controller in the bundle makes Secrets at run time
     * @param nameRange where the object is called by its name ({@code metadata.name}'s value): where
     *     go to definition from another file lands
     */
    public record ObjectFact(Kind kind, String name, String namespace, int line, Optional<PodFact> pod,
            Optional<ServiceFact> service, Optional<Selector> selector, Optional<String> scaleTarget,
            Optional<String> producesSecret, boolean likelyPatch, boolean grantsSecretCreation, Range nameRange) {

        /** An object whose name's place is not known: the start of its {@code kind} line stands for it. */
        public ObjectFact(Kind kind, String name, String namespace, int line, Optional<PodFact> pod,
                Optional<ServiceFact> service, Optional<Selector> selector, Optional<String> scaleTarget,
                Optional<String> producesSecret, boolean likelyPatch, boolean grantsSecretCreation) {
            this(kind, name, namespace, line, pod, service, selector, scaleTarget, producesSecret, likelyPatch,
                    grantsSecretCreation, Range.of(line, 0, line, 0));
        }

        public boolean is(Kind other) {
            return kind.equals(other);
        }

        /** The same object written at another line. */
        ObjectFact atLine(int newLine) {
            return newLine == line ? this : new ObjectFact(kind, name, namespace, newLine, pod, service, selector,
                    scaleTarget, producesSecret, likelyPatch, grantsSecretCreation, nameRange.shiftLines(newLine - line));
        }

        /** {@code Kind/name}. */
        public String describe() {
            return kind.kind() + "/" + name;
        }
    }

    /**
     * A kustomization: local paths it lists (as written, relative to its folder) and what its generators
     * make.
     *
     * @param resources local {@code resources} and {@code bases} entries
     * @param components local {@code components} entries
     * @param patches local patch file paths ({@code patches[].path}, {@code patchesStrategicMerge},
     *     {@code patchesJson6902[].path})
     * @param configMaps names of {@code configMapGenerator} entries
     * @param secrets names of {@code secretGenerator} entries
     */
    public record KustomizationFact(List<String> resources, List<String> components, List<String> patches,
            Set<String> configMaps, Set<String> secrets) {
    }

    /** Puts every Kubernetes YAML file (not Helm templates, not workflows) into the workspace index. */
    public static final FactsExtractor<ManifestFacts> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<ManifestFacts> type() {
            return ManifestFacts.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            String lower = relativePath.toLowerCase(Locale.ROOT);
            return lower.endsWith(".yaml") || lower.endsWith(".yml") || LanguageDetector.isKustomizationFile(relativePath);
        }

        @Override
        public Optional<ManifestFacts> extract(String relativePath, String text) {
            String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            boolean kustomizationName = KustomizePaths.FILE_NAMES.contains(name);
            // what LanguageDetector decides, without its regular expressions over a big text on every keystroke
            if (!kustomizationName && (text.contains("{{") || text.contains("{%") || LanguageDetector.detect(relativePath,
                    "", "apiVersion: v1\nkind: List\n").filter(Language.KUBERNETES::equals).isEmpty())) {
                return Optional.empty();
            }
            // a kustomization file without apiVersion and kind is read as one by KubernetesFile (by its name)
            ManifestFacts facts = kustomizationName || text.length() < CHUNKED_FROM ? parse(relativePath, text)
                    : chunked(relativePath, text);
            return facts.objects().isEmpty() && facts.kustomization().isEmpty() ? Optional.empty() : Optional.of(facts);
        }
    };

    private static final Map<KubernetesFile, ManifestFacts> BY_FILE = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Files from this size on are read one {@code ---} document at a time, each document's facts kept
     * by its text: the server extracts an open file's facts on every keystroke, and one edit changes
     * one document.
     */
    static final int CHUNKED_FROM = 64 * 1024;
    /** The cache holds at most this many characters of document text (about 16 MB). */
    private static final long CACHED_CHARS = 8L * 1024 * 1024;
    /** Documents this big are parsed on every call rather than cached. */
    private static final int CACHED_DOCUMENT_MAX = 256 * 1024;
    private static final Pattern SEPARATOR = Pattern.compile("^---(?=[ \\t\\r\\n]|$)", Pattern.MULTILINE);

    /** One document's facts and how many line breaks its text has. */
    private record DocumentFacts(ManifestFacts facts, int lineBreaks) {
    }

    /** Least recently used first; guarded by itself. */
    private static final LinkedHashMap<String, DocumentFacts> BY_DOCUMENT = new LinkedHashMap<>(256, 0.75f, true);
    private static long cachedChars;

    private static DocumentFacts documentFacts(String relativePath, String document) {
        synchronized (BY_DOCUMENT) {
            DocumentFacts known = BY_DOCUMENT.get(document);
            if (known != null) {
                return known;
            }
        }
        DocumentFacts fresh = new DocumentFacts(parse(relativePath, document), lineBreaks(document));
        if (document.length() <= CACHED_DOCUMENT_MAX) {
            synchronized (BY_DOCUMENT) {
                if (BY_DOCUMENT.put(document, fresh) == null) {
                    cachedChars += document.length();
                }
                var eldest = BY_DOCUMENT.entrySet().iterator();
                while (cachedChars > CACHED_CHARS && eldest.hasNext()) {
                    cachedChars -= eldest.next().getKey().length();
                    eldest.remove();
                }
            }
        }
        return fresh;
    }

    static ManifestFacts parse(String relativePath, String text) {
        return read(KubernetesFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE));
    }

    /** The facts of a text read document by document (same result as {@link #parse}, cached per document). */
    static ManifestFacts chunked(String relativePath, String text) {
        List<ObjectFact> objects = new ArrayList<>();
        Optional<KustomizationFact> kustomization = Optional.empty();
        Matcher separators = SEPARATOR.matcher(text);
        int start = 0;
        int line = 0;
        while (start < text.length()) {
            int end = separators.find(start + 1) ? separators.start() : text.length();
            String document = text.substring(start, end);
            DocumentFacts known = documentFacts(relativePath, document);
            for (ObjectFact object : known.facts().objects()) {
                objects.add(object.atLine(object.line() + line));
            }
            if (kustomization.isEmpty()) {
                kustomization = known.facts().kustomization();
            }
            line += known.lineBreaks();
            start = end;
        }
        return new ManifestFacts(List.copyOf(objects), kustomization);
    }

    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    /** The facts of a parsed file, computed once per model (every cross-file rule asks). */
    public static ManifestFacts of(KubernetesFile file) {
        ManifestFacts known = BY_FILE.get(file);
        if (known == null) {
            known = read(file);
            BY_FILE.put(file, known);
        }
        return known;
    }

    private static ManifestFacts read(KubernetesFile file) {
        List<ObjectFact> objects = new ArrayList<>();
        Optional<KustomizationFact> kustomization = Optional.empty();
        for (K8sResource resource : file.resources()) {
            if (resource.isKustomization()) {
                if (kustomization.isEmpty()) {
                    kustomization = Optional.of(kustomization(resource.root()));
                }
                continue;
            }
            Optional<String> name = resource.name().filter(n -> !n.isEmpty());
            if (name.isEmpty() || resource.kind().equals("List")) {
                continue;
            }
            int line = resource.kindEntry().map(e -> e.range().start().line()).orElse(resource.root().range().start().line());
            Range nameRange = resource.metadata().flatMap(m -> KubeYaml.entry(m, "name"))
                    .map(e -> e.value().range()).orElse(Range.of(line, 0, line, 0));
            objects.add(new ObjectFact(Kind.of(resource), name.get(), resource.namespace().orElse(""), line,
                    resource.podSpec().map(ManifestFacts::pod), service(resource), selector(resource),
                    scaleTarget(resource), producedSecret(resource), Patches.looksLikePatch(resource),
                    grantsSecretCreation(resource), nameRange));
        }
        return new ManifestFacts(List.copyOf(objects), kustomization);
    }

    private static PodFact pod(PodSpec pod) {
        Set<Port> ports = new LinkedHashSet<>();
        for (Container container : pod.containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS)) {
            for (ContainerPort port : container.ports()) {
                if (port.name().isPresent() || port.number().isPresent()) {
                    ports.add(new Port(port.name().orElse(""), port.number().orElse(-1L)));
                }
            }
        }
        return new PodFact(Map.copyOf(pod.templateLabels()), List.copyOf(ports));
    }

    private static boolean grantsSecretCreation(K8sResource resource) {
        return PolicyRule.isRole(resource) && PolicyRule.of(resource).stream().anyMatch(rule -> Rbac.coreGroup(rule)
                && Rbac.grants(rule, "resources", "secrets") && Rbac.grants(rule, "verbs", "create"));
    }

    private static Optional<ServiceFact> service(K8sResource resource) {
        if (!Kinds.isService(resource)) {
            return Optional.empty();
        }
        Optional<YamlMapping> spec = Kinds.spec(resource);
        Optional<Selector> selector = spec.flatMap(s -> KubeYaml.get(s, "selector")).flatMap(LabelSelector::ofMap)
                .filter(s -> !s.isEmpty()).map(Selector::of);
        List<ServicePort> ports = new ArrayList<>();
        spec.flatMap(s -> KubeYaml.get(s, "ports")).flatMap(YamlNode::asSequence).ifPresent(seq -> {
            for (YamlNode item : seq.items()) {
                item.asMapping().ifPresent(m -> KubeYaml.get(m, "port").flatMap(KubeYaml::integerOf)
                        .ifPresent(p -> ports.add(new ServicePort(KubeYaml.text(m, "name").orElse(""), p))));
            }
        });
        boolean headless = spec.flatMap(s -> KubeYaml.text(s, "clusterIP")).map("None"::equals).orElse(false);
        String type = spec.flatMap(s -> KubeYaml.text(s, "type")).orElse("ClusterIP");
        return Optional.of(new ServiceFact(selector, List.copyOf(ports), headless, type));
    }

    private static Optional<Selector> selector(K8sResource resource) {
        Optional<YamlMapping> spec = Kinds.spec(resource);
        String key = Kinds.isPdb(resource) ? "selector" : isNetworkPolicy(resource) ? "podSelector" : null;
        if (key == null) {
            return Optional.empty();
        }
        return spec.flatMap(s -> KubeYaml.get(s, key)).flatMap(LabelSelector::of).map(Selector::of);
    }

    static boolean isNetworkPolicy(K8sResource resource) {
        return Kinds.is(resource, "NetworkPolicy", Set.of("networking.k8s.io"));
    }

    private static Optional<String> scaleTarget(K8sResource resource) {
        if (!Kinds.isHpa(resource)) {
            return Optional.empty();
        }
        Optional<YamlMapping> ref = Kinds.spec(resource).flatMap(s -> KubeYaml.mapping(s, "scaleTargetRef"));
        Optional<String> kind = ref.flatMap(r -> KubeYaml.text(r, "kind"));
        Optional<String> name = ref.flatMap(r -> KubeYaml.text(r, "name"));
        return kind.isPresent() && name.isPresent() ? Optional.of(kind.get() + "/" + name.get()) : Optional.empty();
    }

    private static Optional<String> producedSecret(K8sResource resource) {
        Optional<YamlMapping> spec = Kinds.spec(resource);
        return switch (resource.kind()) {
            case "Certificate" -> spec.flatMap(s -> KubeYaml.text(s, "secretName"));
            case "SealedSecret" -> spec.flatMap(s -> KubeYaml.mapping(s, "template"))
                    .flatMap(t -> KubeYaml.mapping(t, "metadata")).flatMap(m -> KubeYaml.text(m, "name"))
                    .or(resource::name);
            case "ExternalSecret", "ClusterExternalSecret", "VaultStaticSecret", "VaultDynamicSecret",
                    "OnePasswordItem", "InfisicalSecret" -> spec.flatMap(s -> KubeYaml.mapping(s, "target"))
                    .flatMap(t -> KubeYaml.text(t, "name"))
                    .or(() -> spec.flatMap(s -> KubeYaml.mapping(s, "destination")).flatMap(d -> KubeYaml.text(d, "name")))
                    .or(resource::name);
            default -> Optional.empty();
        };
    }

    private static KustomizationFact kustomization(YamlMapping root) {
        List<String> resources = new ArrayList<>(strings(root, "resources"));
        resources.addAll(strings(root, "bases"));
        List<String> patches = new ArrayList<>(strings(root, "patchesStrategicMerge"));
        for (String key : List.of("patches", "patchesJson6902")) {
            for (YamlMapping item : mappings(root, key)) {
                KubeYaml.text(item, "path").ifPresent(patches::add);
            }
        }
        return new KustomizationFact(local(resources), local(strings(root, "components")), local(patches),
                generated(root, "configMapGenerator"), generated(root, "secretGenerator"));
    }

    private static Set<String> generated(YamlMapping root, String key) {
        Set<String> names = new LinkedHashSet<>();
        for (YamlMapping item : mappings(root, key)) {
            KubeYaml.text(item, "name").ifPresent(names::add);
        }
        return Set.copyOf(names);
    }

    /** The scalar items of a sequence under {@code key}. */
    public static List<String> strings(YamlMapping mapping, String key) {
        List<String> out = new ArrayList<>();
        KubeYaml.get(mapping, key).flatMap(YamlNode::asSequence).map(YamlSequence::items).orElse(List.of())
                .forEach(item -> item.asText().filter(t -> !t.isBlank()).ifPresent(out::add));
        return out;
    }

    private static List<YamlMapping> mappings(YamlMapping mapping, String key) {
        List<YamlMapping> out = new ArrayList<>();
        KubeYaml.get(mapping, key).flatMap(YamlNode::asSequence).map(YamlSequence::items).orElse(List.of())
                .forEach(item -> item.asMapping().ifPresent(out::add));
        return out;
    }

    private static List<String> local(List<String> paths) {
        return paths.stream().filter(p -> !KustomizePaths.isRemote(p)).map(String::strip).toList();
    }
}
