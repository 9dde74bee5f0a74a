package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.Optional;

/**
 * One item of a container's {@code ports}: its name, number and {@code hostPort}, read as the API
 * server reads them (an integer written as a plain number; merge keys followed).
 *
 * @param mapping the item's mapping
 */
public record ContainerPort(YamlMapping mapping) {

    /** The {@code name}, when it is a non-empty scalar. */
    public Optional<String> name() {
        return KubeYaml.text(mapping, "name").filter(n -> !n.isEmpty());
    }

    /** The {@code containerPort} number, when it is written as an integer. */
    public Optional<Long> number() {
        return KubeYaml.get(mapping, "containerPort").flatMap(KubeYaml::integerOf);
    }

    /** The {@code hostPort} entry, when it is set to a number other than 0 (0 means unset). */
    public Optional<YamlEntry> hostPortEntry() {
        return KubeYaml.entry(mapping, "hostPort")
                .filter(e -> KubeYaml.integerOf(e.value()).map(n -> n != 0).orElse(!e.value().isNull()));
    }

    /** How a probe refers to it: its name when it has one, else its number; empty when it has neither. */
    public Optional<String> reference() {
        return name().or(() -> number().map(String::valueOf));
    }

    /** True when a probe's {@code port} value (a name or a number as text) points at this port. */
    public boolean matches(String probePort) {
        return name().map(probePort::equals).orElse(false) || number().map(n -> probePort.equals(String.valueOf(n))).orElse(false);
    }

    /** The value node under {@code key} (for positions). */
    public Optional<YamlNode> get(String key) {
        return KubeYaml.get(mapping, key);
    }
}
