package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;

/**
 * The entry that decides one securityContext field for a container: the container's own, or the
 * pod's when the container does not set it (for the fields that exist at both levels, such as
 * {@code runAsUser}, {@code runAsNonRoot} or {@code seccompProfile}).
 *
 * @param entry the {@code field: value} entry
 * @param fromPod true when it is the pod-level securityContext's entry
 */
public record SecuritySetting(YamlEntry entry, boolean fromPod) {

    public YamlNode value() {
        return entry.value();
    }
}
