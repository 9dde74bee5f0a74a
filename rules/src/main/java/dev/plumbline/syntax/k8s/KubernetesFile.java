package dev.plumbline.syntax.k8s;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.LanguageDetector;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlFile;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes YAML file: the parsed YAML and one {@link K8sResource} per document whose root mapping
 * has {@code apiVersion} and {@code kind}, each followed by its items when it is a {@code kind: List}
 * (other documents are kept in {@link #yaml()} but are not resources). In a kustomization file
 * ({@code kustomization.yaml} …) a mapping without them is the kustomization they default to.
 */
public final class KubernetesFile {

    private final YamlFile yaml;
    private final List<K8sResource> resources;
    private final boolean kustomizationFile;
    private List<PodSpec> podSpecs; // computed on first use; a racy publish computes the same list

    private KubernetesFile(YamlFile yaml, List<K8sResource> resources, boolean kustomizationFile) {
        this.yaml = yaml;
        this.resources = List.copyOf(resources);
        this.kustomizationFile = kustomizationFile;
    }

    /** Parses {@code document}; never throws on bad input. */
    public static KubernetesFile parse(TextDocument document, Cancellation cancellation) {
        return of(YamlParser.parse(document, cancellation), LanguageDetector.isKustomizationFile(document.uri()));
    }

    /**
     * Parses {@code document} reusing the YAML documents of {@code previous} (an earlier parse of the
     * same file) that the edit did not touch; the same result as {@link #parse}.
     */
    public static KubernetesFile reparse(KubernetesFile previous, TextDocument document, Cancellation cancellation) {
        YamlFile yaml = YamlParser.reparse(document, previous.yaml(), cancellation);
        boolean kustomizationFile = LanguageDetector.isKustomizationFile(document.uri());
        if (kustomizationFile != previous.kustomizationFile) {
            return of(yaml, kustomizationFile);
        }
        if (yaml == previous.yaml()) {
            return previous;
        }
        // a document kept as it was keeps its resources (and what they computed on first use)
        java.util.Map<YamlDocument, List<K8sResource>> kept = new java.util.IdentityHashMap<>();
        for (K8sResource resource : previous.resources) {
            kept.computeIfAbsent(resource.document(), d -> new ArrayList<>()).add(resource);
        }
        List<K8sResource> resources = new ArrayList<>();
        for (YamlDocument yamlDocument : yaml.documents()) {
            List<K8sResource> same = kept.get(yamlDocument);
            if (same != null) {
                resources.addAll(same);
            } else {
                addResources(yamlDocument, resources, kustomizationFile);
            }
        }
        return new KubernetesFile(yaml, resources, kustomizationFile);
    }

    /** The file over already parsed YAML, taken for an ordinary manifest (not a kustomization file). */
    public static KubernetesFile of(YamlFile yaml) {
        return of(yaml, false);
    }

    /**
     * The file over already parsed YAML.
     *
     * @param kustomizationFile true for a file kustomize reads as a kustomization (by its name), where a
     *     document without apiVersion or kind is a kustomization all the same
     */
    public static KubernetesFile of(YamlFile yaml, boolean kustomizationFile) {
        List<K8sResource> resources = new ArrayList<>();
        for (YamlDocument document : yaml.documents()) {
            addResources(document, resources, kustomizationFile);
        }
        return new KubernetesFile(yaml, resources, kustomizationFile);
    }

    private static void addResources(YamlDocument document, List<K8sResource> resources, boolean kustomizationFile) {
        Optional<K8sResource> resource = K8sResource.of(document);
        if (resource.isEmpty() && kustomizationFile) {
            resource = K8sResource.impliedKustomization(document);
        }
        resource.ifPresent(r -> {
            resources.add(r);
            resources.addAll(r.items());
        });
    }

    /** True when the file is one kustomize reads as a kustomization ({@code kustomization.yaml} …). */
    public boolean isKustomizationFile() {
        return kustomizationFile;
    }

    public YamlFile yaml() {
        return yaml;
    }

    /** The resources in document order. */
    public List<K8sResource> resources() {
        return resources;
    }

    /** The resource a document holds (the List itself for a {@code kind: List} document). */
    public Optional<K8sResource> resourceOf(YamlDocument document) {
        return resources.stream().filter(r -> r.document() == document && r.list().isEmpty()).findFirst();
    }

    /** The resource whose document holds {@code line}. */
    public Optional<K8sResource> resourceAt(int line) {
        return yaml.documentAt(line).flatMap(this::resourceOf);
    }

    /** The pod specs of every workload resource, in document order (found once: every container rule asks). */
    public List<PodSpec> podSpecs() {
        List<PodSpec> known = podSpecs;
        if (known == null) {
            List<PodSpec> out = new ArrayList<>();
            for (K8sResource resource : resources) {
                resource.podSpec().ifPresent(out::add);
            }
            known = List.copyOf(out);
            podSpecs = known;
        }
        return known;
    }

    /** Every container ({@code containers}, {@code initContainers}, {@code ephemeralContainers}) of every pod spec. */
    public List<Container> containers() {
        List<Container> out = new ArrayList<>();
        for (PodSpec pod : podSpecs()) {
            out.addAll(pod.containers());
        }
        return out;
    }

    /** The kustomizations (and kustomize components) among the resources. */
    public List<Kustomization> kustomizations() {
        List<Kustomization> out = new ArrayList<>();
        for (K8sResource resource : resources) {
            resource.kustomization().ifPresent(out::add);
        }
        return out;
    }

    @Override
    public String toString() {
        return "KubernetesFile[" + resources.size() + " resources, " + yaml + "]";
    }
}
