package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Kubernetes object: a YAML document whose root mapping has {@code apiVersion} and {@code kind},
 * or an item of a {@code kind: List} document (as {@code kubectl get -o yaml} writes them). A view over
 * the positioned tree, never a decoded copy; every accessor tolerates any shape (a {@code metadata}
 * that is a string, null values, aliases) and answers empty rather than throwing.
 */
public final class K8sResource {

    private final YamlDocument document;
    private final YamlMapping root;
    private final K8sResource list;
    private String apiVersion; // read on first use: every rule asks; a racy publish reads the same text
    private String kind;
    private Map<String, String> annotations; // read on first use: suppressions ask on every analysis
    /** True when apiVersion or kind is not written but implied (a kustomization file). */
    private final boolean implied;

    private K8sResource(YamlDocument document, YamlMapping root, K8sResource list) {
        this.document = document;
        this.root = root;
        this.list = list;
        this.implied = false;
    }

    private K8sResource(YamlDocument document, YamlMapping root, String apiVersion, String kind) {
        this.document = document;
        this.root = root;
        this.list = null;
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.implied = true;
    }

    /** The resource a document holds: empty unless its root is a mapping with {@code apiVersion} and {@code kind}. */
    public static Optional<K8sResource> of(YamlDocument document) {
        Objects.requireNonNull(document, "document");
        return document.rootMapping().filter(K8sResource::isObject).map(root -> new K8sResource(document, root, null));
    }

    /**
     * The kustomization a document of a kustomization file ({@code kustomization.yaml} …) holds when it
     * leaves out apiVersion or kind, as kustomize allows: a {@code Kustomization} of
     * {@code kustomize.config.k8s.io/v1beta1} (a written {@code kind: Component} makes a component of
     * v1alpha1). Empty when the document is a whole object already, is no mapping, or names another kind.
     */
    public static Optional<K8sResource> impliedKustomization(YamlDocument document) {
        Objects.requireNonNull(document, "document");
        Optional<YamlMapping> root = document.rootMapping().filter(m -> !isObject(m));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        String kind = KubeYaml.text(root.get(), "kind").orElse("Kustomization");
        if (!kind.equals("Kustomization") && !kind.equals("Component")) {
            return Optional.empty();
        }
        String apiVersion = KubeYaml.text(root.get(), "apiVersion").orElse(kind.equals("Component")
                ? "kustomize.config.k8s.io/v1alpha1" : "kustomize.config.k8s.io/v1beta1");
        return Optional.of(new K8sResource(document, root.get(), apiVersion, kind));
    }

    /** True when its apiVersion or kind is not written but implied: a kustomization file that leaves them out. */
    public boolean isImplied() {
        return implied;
    }

    private static boolean isObject(YamlMapping mapping) {
        return KubeYaml.entry(mapping, "apiVersion").isPresent() && KubeYaml.entry(mapping, "kind").isPresent();
    }

    public YamlDocument document() {
        return document;
    }

    /** The object's mapping as written: the document's root, or a List item (look keys up through {@link KubeYaml} to follow merges). */
    public YamlMapping root() {
        return root;
    }

    /** The {@code kind: List} resource whose {@code items} hold this one. */
    public Optional<K8sResource> list() {
        return Optional.ofNullable(list);
    }

    /** The objects in {@code items} of a core {@code kind: List} (those with apiVersion and kind); empty for other kinds. */
    public List<K8sResource> items() {
        if (!kind().equals("List") || !group().isEmpty()) {
            return List.of();
        }
        List<K8sResource> items = new ArrayList<>();
        KubeYaml.get(root, "items").flatMap(YamlNode::asSequence).ifPresent(sequence -> {
            for (YamlNode item : sequence.items()) {
                item.asMapping().filter(K8sResource::isObject).ifPresent(m -> items.add(new K8sResource(document, m, this)));
            }
        });
        return items;
    }

    /**
     * The part of the file this object covers, for annotation suppressions: its whole document, or
     * for a List item the lines its mapping spans.
     */
    public Range scope() {
        if (list == null) {
            return document.range();
        }
        return new Range(Position.of(root.fullRange().start().line(), 0), root.range().end());
    }

    /** The {@code apiVersion} text; "" when it is not a scalar. */
    public String apiVersion() {
        String known = apiVersion;
        if (known == null) {
            known = KubeYaml.text(root, "apiVersion").orElse("");
            apiVersion = known;
        }
        return known;
    }

    /** The {@code kind} text; "" when it is not a scalar. */
    public String kind() {
        String known = kind;
        if (known == null) {
            known = KubeYaml.text(root, "kind").orElse("");
            kind = known;
        }
        return known;
    }

    public Optional<YamlEntry> apiVersionEntry() {
        return KubeYaml.entry(root, "apiVersion");
    }

    public Optional<YamlEntry> kindEntry() {
        return KubeYaml.entry(root, "kind");
    }

    /** The API group: "" for the core group ({@code v1}), else the part of apiVersion before {@code /}. */
    public String group() {
        String apiVersion = apiVersion();
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    /** The version: the part of apiVersion after {@code /}, or all of it for the core group. */
    public String version() {
        String apiVersion = apiVersion();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    public Optional<YamlMapping> metadata() {
        return KubeYaml.mapping(root, "metadata");
    }

    public Optional<String> name() {
        return metadata().flatMap(m -> KubeYaml.text(m, "name"));
    }

    public Optional<String> namespace() {
        return metadata().flatMap(m -> KubeYaml.text(m, "namespace"));
    }

    /** {@code metadata.labels} with scalar keys and values, in document order. */
    public Map<String, String> labels() {
        return stringMap("labels");
    }

    /** {@code metadata.annotations} with scalar keys and values, in document order. */
    public Map<String, String> annotations() {
        Map<String, String> known = annotations;
        if (known == null) {
            known = stringMap("annotations");
            annotations = known;
        }
        return known;
    }

    private Map<String, String> stringMap(String key) {
        Optional<YamlMapping> mapping = metadata().flatMap(m -> KubeYaml.mapping(m, key));
        if (mapping.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlEntry entry : mapping.get().withMerges().entries()) {
            Optional<String> k = entry.keyText();
            Optional<String> v = entry.value().asText();
            if (k.isPresent() && v.isPresent()) {
                out.put(k.get(), v.get());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@code kind: Kustomization}, or a kustomize {@code Component}. */
    public boolean isKustomization() {
        return kind().equals("Kustomization")
                || (kind().equals("Component") && group().equals("kustomize.config.k8s.io"));
    }

    /** The kustomize view of this resource, when it is a kustomization or component. */
    public Optional<Kustomization> kustomization() {
        return isKustomization() ? Optional.of(new Kustomization(this)) : Optional.empty();
    }

    /** True for the workload kinds that carry a pod template (see {@link PodSpecs}). */
    public boolean isWorkload() {
        return PodSpecs.isWorkload(this);
    }

    /** The pod spec of a workload; empty for other kinds and when the path to it is not there. */
    public Optional<PodSpec> podSpec() {
        return PodSpecs.find(this);
    }

    /** {@code Kind/name}, e.g. {@code Deployment/web} ({@code Kind} alone without a name). */
    public String describe() {
        return name().map(n -> kind() + "/" + n).orElse(kind());
    }

    @Override
    public String toString() {
        return "K8sResource[" + apiVersion() + " " + describe() + " " + root.range() + "]";
    }
}
