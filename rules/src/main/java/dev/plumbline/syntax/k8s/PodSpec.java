package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
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

    @Override
    public String toString() {
        return "PodSpec[" + resource.describe() + " " + spec.range() + "]";
    }
}
