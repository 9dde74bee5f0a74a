package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.Locale;
import java.util.Optional;

/** A container's {@code securityContext.capabilities} lists, with names compared as the runtimes do. */
public final class Capabilities {

    private Capabilities() {
    }

    /** {@code CAP_SYS_ADMIN}, {@code sys_admin} and {@code SYS_ADMIN} all name the same capability. */
    public static String normalize(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
    }

    /** The container's own {@code capabilities} entry. */
    public static Optional<YamlEntry> entry(Container container) {
        return container.securityContext().flatMap(sc -> KubeYaml.entry(sc, "capabilities"));
    }

    /** The {@code add} or {@code drop} entry of the container's capabilities. */
    public static Optional<YamlEntry> list(Container container, String key) {
        return entry(container).flatMap(e -> e.value().asMapping()).flatMap(m -> KubeYaml.entry(m, key));
    }

    /** The capabilities mapping. */
    public static Optional<YamlMapping> mapping(Container container) {
        return entry(container).flatMap(e -> e.value().asMapping());
    }

    /** True when the list under {@code key} names {@code capability} (normalised). */
    public static boolean contains(Container container, String key, String capability) {
        return list(container, key).flatMap(e -> e.value().asSequence()).map(seq -> contains(seq, capability)).orElse(false);
    }

    static boolean contains(YamlSequence sequence, String capability) {
        for (YamlNode item : sequence.items()) {
            if (item.asText().map(Capabilities::normalize).map(capability::equals).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
