package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code hostPath} volumes of a pod spec and the container mounts that use them. */
public final class HostPathVolumes {

    /**
     * One hostPath volume.
     *
     * @param volume the item of {@code volumes}
     * @param hostPath its {@code hostPath} entry
     * @param path the {@code hostPath.path} scalar, when it is one
     */
    public record Volume(YamlMapping volume, YamlEntry hostPath, Optional<YamlScalar> path) {

        public Optional<String> name() {
            return KubeYaml.text(volume, "name").filter(n -> !n.isEmpty());
        }

        /** {@code hostPath volume "data"}. */
        public String describe() {
            return "hostPath volume" + name().map(n -> " \"" + n + "\"").orElse("");
        }
    }

    /**
     * A container's {@code volumeMounts} item for a volume.
     *
     * @param container the container
     * @param mount the item's mapping
     */
    public record Mount(Container container, YamlMapping mount) {

        /** True unless the mount sets {@code readOnly: true}. */
        public boolean writable() {
            return !KubeYaml.get(mount, "readOnly").map(KubeYaml::isTrue).orElse(false);
        }
    }

    private HostPathVolumes() {
    }

    /** The pod's volumes that are hostPath volumes. */
    public static List<Volume> of(PodSpec pod) {
        List<Volume> out = new ArrayList<>();
        pod.get("volumes").flatMap(YamlNode::asSequence).ifPresent(volumes -> {
            for (YamlNode item : volumes.items()) {
                Optional<YamlMapping> volume = item.asMapping();
                Optional<YamlEntry> hostPath = volume.flatMap(v -> KubeYaml.entry(v, "hostPath"));
                if (hostPath.isPresent() && !hostPath.get().value().isNull()) {
                    Optional<YamlScalar> path = hostPath.get().value().asMapping().flatMap(h -> KubeYaml.get(h, "path"))
                            .flatMap(YamlNode::asScalar).filter(p -> !p.isNull());
                    out.add(new Volume(volume.get(), hostPath.get(), path));
                }
            }
        });
        return out;
    }

    /** Every mount of {@code volume} by a container of the pod (any list). */
    public static List<Mount> mounts(PodSpec pod, Volume volume) {
        List<Mount> out = new ArrayList<>();
        if (volume.name().isEmpty()) {
            return out;
        }
        for (Container container : pod.containers()) {
            container.get("volumeMounts").flatMap(YamlNode::asSequence).ifPresent(mounts -> {
                for (YamlNode item : mounts.items()) {
                    item.asMapping().filter(m -> KubeYaml.text(m, "name").equals(volume.name()))
                            .ifPresent(m -> out.add(new Mount(container, m)));
                }
            });
        }
        return out;
    }

    /** {@code /var/lib//kubelet/} is {@code /var/lib/kubelet}: repeated and trailing slashes dropped. */
    public static String normalize(String path) {
        String collapsed = path.strip().replaceAll("/{2,}", "/");
        while (collapsed.length() > 1 && collapsed.endsWith("/")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return collapsed;
    }
}
