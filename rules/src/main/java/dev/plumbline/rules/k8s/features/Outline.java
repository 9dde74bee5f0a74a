package dev.plumbline.rules.k8s.features;

import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outline: one symbol per resource ({@code Deployment/web}), its containers below it, List items below their List. */
final class Outline {

    private Outline() {
    }

    static List<OutlineSymbol> of(KubernetesFile file) {
        List<OutlineSymbol> out = new ArrayList<>();
        for (K8sResource resource : file.resources()) {
            if (resource.list().isEmpty()) {
                out.add(symbol(resource));
            }
        }
        return out;
    }

    private static OutlineSymbol symbol(K8sResource resource) {
        List<OutlineSymbol> children = new ArrayList<>();
        resource.podSpec().ifPresent(pod -> {
            for (Container container : pod.containers()) {
                children.add(container(container));
            }
        });
        for (K8sResource item : resource.items()) {
            children.add(symbol(item));
        }
        Range range = resource.list().isPresent() ? resource.root().fullRange() : resource.document().range();
        return new OutlineSymbol(resource.describe(), OutlineSymbol.Kind.CLASS, resource.apiVersion(), range,
                selection(resource), children);
    }

    /** The name's value, else the kind's value: what the symbol is called by. */
    private static Range selection(K8sResource resource) {
        Optional<YamlEntry> name = resource.metadata().flatMap(m -> KubeYaml.entry(m, "name"))
                .filter(e -> e.value().asText().isPresent() && !e.value().isNull());
        return name.or(resource::kindEntry).map(e -> e.value().range()).orElse(resource.root().range());
    }

    private static OutlineSymbol container(Container container) {
        String noun = container.list().noun().toLowerCase(java.util.Locale.ROOT);
        Range range = container.itemRange();
        Range selection = container.ownNameEntry().map(e -> e.value().range())
                .or(container::dashRange).orElse(range);
        if (!range.contains(selection.start())) {
            selection = range;
        }
        String image = container.image().map(i -> i.value()).orElse("");
        return new OutlineSymbol(container.name().orElse("(unnamed)"), OutlineSymbol.Kind.OBJECT,
                image.isEmpty() ? noun : noun + " · " + image, range, selection, List.of());
    }
}
