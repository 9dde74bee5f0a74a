package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod spec of a workload (see {@link PodSpecs}), with its containers. Items of a container list
 * that are not mappings (a string, a null) are not containers; a list that is not a sequence has none.
 */
public final class PodSpec {

    private final K8sResource resource;
    private final YamlMapping template;
    private final YamlMapping spec;

    PodSpec(K8sResource resource, YamlMapping template, YamlMapping spec) {
        this.resource = resource;
        this.template = template;
        this.spec = spec;
    }

    public K8sResource resource() {
        return resource;
    }

    /** The pod spec mapping. */
    public YamlMapping mapping() {
        return spec;
    }

    /** The pod template: the mapping holding {@code metadata} and {@code spec} (a Pod's root mapping). */
    public YamlMapping template() {
        return template;
    }

    /** The pod template's {@code metadata}. */
    public Optional<YamlMapping> templateMetadata() {
        return KubeYaml.mapping(template, "metadata");
    }

    /** The pod template's {@code metadata.labels} with scalar keys and values, in document order. */
    public Map<String, String> templateLabels() {
        return templateMetadata().flatMap(m -> KubeYaml.mapping(m, "labels")).map(StringMap::of).orElse(Map.of());
    }

    /** The pod-level {@code securityContext}. */
    public Optional<YamlMapping> securityContext() {
        return KubeYaml.mapping(spec, "securityContext");
    }

    /** Every container: {@code containers}, then {@code initContainers}, then {@code ephemeralContainers}. */
    public List<Container> containers() {
        return containers(ContainerList.values());
    }

    /** The containers of the given lists, in the order given. */
    public List<Container> containers(ContainerList... lists) {
        List<Container> out = new ArrayList<>();
        for (ContainerList list : lists) {
            Optional<YamlSequence> sequence = KubeYaml.get(spec, list.key()).flatMap(YamlNode::asSequence);
            if (sequence.isEmpty()) {
                continue;
            }
            for (int i = 0; i < sequence.get().size(); i++) {
                YamlNode item = sequence.get().items().get(i);
                Optional<YamlMapping> mapping = item.asMapping();
                if (mapping.isPresent()) {
                    out.add(new Container(this, list, sequence.get(), i, mapping.get()));
                }
            }
        }
        return out;
    }

    /** The entry whose value is this pod spec ({@code spec: ...} of the pod template). */
    public Optional<YamlEntry> specEntry() {
        return KubeYaml.entry(template, "spec");
    }

    /**
     * Where a finding about something the pod spec lacks goes: the key of its {@code spec} entry
     * (the template's, or a Pod's own), else the spec mapping itself.
     */
    public Range ownerRange() {
        return specEntry().filter(e -> e.value().resolve() == spec).map(e -> e.key().range()).orElseGet(spec::range);
    }

    /** The value of a pod spec key, merge keys included. */
    public Optional<YamlNode> get(String key) {
        return KubeYaml.get(spec, key);
    }

    /** The entry of a pod spec key, merge keys included. */
    public Optional<YamlEntry> entry(String key) {
        return KubeYaml.entry(spec, key);
    }

    /**
     * True for a Windows pod: {@code os.name: windows}, a {@code kubernetes.io/os: windows} node
     * selector, or a pod-level {@code windowsOptions.hostProcess: true}. Linux-only securityContext
     * fields do not apply to it (the API rejects them when {@code os.name} is windows).
     */
    public boolean isWindows() {
        if (get("os").flatMap(YamlNode::asMapping).flatMap(os -> KubeYaml.text(os, "name")).map("windows"::equals)
                .orElse(false)) {
            return true;
        }
        Optional<YamlMapping> selector = get("nodeSelector").flatMap(YamlNode::asMapping);
        if (selector.isPresent() && (KubeYaml.text(selector.get(), "kubernetes.io/os").map("windows"::equals).orElse(false)
                || KubeYaml.text(selector.get(), "beta.kubernetes.io/os").map("windows"::equals).orElse(false))) {
            return true;
        }
        return securityContext().flatMap(sc -> KubeYaml.mapping(sc, "windowsOptions"))
                .flatMap(w -> KubeYaml.get(w, "hostProcess")).map(KubeYaml::isTrue).orElse(false);
    }

    /**
     * True for pods meant to keep running: every workload except a Job, a CronJob, and a Pod whose
     * {@code restartPolicy} is set to something other than {@code Always}.
     */
    public boolean isLongRunning() {
        String kind = resource.kind();
        if (kind.equals("Job") || kind.equals("CronJob")) {
            return false;
        }
        if (kind.equals("Pod")) {
            return get("restartPolicy").flatMap(YamlNode::asText).map("Always"::equals).orElse(true);
        }
        return true;
    }

    @Override
    public String toString() {
        return "PodSpec[" + resource.describe() + " " + spec.range() + "]";
    }
}
