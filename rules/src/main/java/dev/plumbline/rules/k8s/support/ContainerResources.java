package dev.plumbline.rules.k8s.support;

import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container's {@code resources.requests} and {@code resources.limits}, and where findings about a
 * missing amount go. Ephemeral containers are left out: the API forbids resources on them.
 */
public final class ContainerResources {

    public static final String REQUESTS = "requests";
    public static final String LIMITS = "limits";

    private ContainerResources() {
    }

    /** Every container and init container of the file. */
    public static List<Container> containers(KubernetesFile file) {
        List<Container> out = new ArrayList<>();
        file.podSpecs().forEach(pod -> out.addAll(pod.containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS)));
        return out;
    }

    /** {@code resources.<section>} ({@code requests} or {@code limits}) as a mapping. */
    public static Optional<YamlMapping> section(Container container, String section) {
        return container.resources().flatMap(r -> KubeYaml.mapping(r, section));
    }

    /** The non-null amount of {@code resource} ({@code cpu}, {@code memory}) in a section. */
    public static Optional<YamlEntry> amount(Container container, String section, String resource) {
        return section(container, section).flatMap(s -> KubeYaml.entry(s, resource)).filter(e -> !e.value().isNull());
    }

    /** The amount as written, for copying into another section: a scalar's source text. */
    public static Optional<String> amountText(Container container, String section, String resource) {
        return amount(container, section, resource).map(YamlEntry::value).filter(v -> v.asScalar().isPresent()
                && v.tag().isEmpty() && !v.sourceText().contains("\n")).map(YamlNode::sourceText);
    }

    /**
     * Where a finding about an amount missing from {@code section} goes: that section's key, else
     * the {@code resources} key, when written in the container's item; else the container's owner range.
     */
    public static Range missingRange(Container container, String section) {
        Optional<YamlEntry> resources = container.entry("resources").filter(e -> container.writtenInside(e.key()));
        if (resources.isEmpty()) {
            return container.ownerRange();
        }
        return resources.get().value().asMapping().flatMap(r -> KubeYaml.entry(r, section))
                .filter(e -> container.writtenInside(e.key())).map(e -> e.key().range())
                .orElse(resources.get().key().range());
    }
}
