package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A kustomization (or kustomize component) resource: what its keys say, as views. */
public final class Kustomization {

    /**
     * One {@code images:} override: {@code name} picks the images it applies to, {@code newName},
     * {@code newTag} and {@code digest} replace parts of them (a digest wins over a tag).
     */
    public record Image(YamlMapping mapping) {

        public Optional<YamlScalar> name() {
            return scalar("name");
        }

        public Optional<YamlScalar> newName() {
            return scalar("newName");
        }

        public Optional<YamlScalar> newTag() {
            return scalar("newTag");
        }

        public Optional<YamlScalar> digest() {
            return scalar("digest").filter(s -> !s.isNull() && !s.value().isEmpty());
        }

        private Optional<YamlScalar> scalar(String key) {
            return KubeYaml.get(mapping, key).flatMap(YamlNode::asScalar);
        }
    }

    private final K8sResource resource;

    Kustomization(K8sResource resource) {
        this.resource = resource;
    }

    public K8sResource resource() {
        return resource;
    }

    /** The {@code images:} overrides that are mappings. */
    public List<Image> images() {
        List<Image> out = new ArrayList<>();
        Optional<YamlSequence> images = KubeYaml.get(resource.root(), "images").flatMap(YamlNode::asSequence);
        images.ifPresent(seq -> seq.items().forEach(item -> item.asMapping().map(Image::new).ifPresent(out::add)));
        return out;
    }
}
