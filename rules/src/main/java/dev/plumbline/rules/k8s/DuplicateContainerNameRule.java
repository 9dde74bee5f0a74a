package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.text.Range;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two containers of one pod with the same name, across {@code containers}, {@code initContainers} and
 * {@code ephemeralContainers}: the API server rejects the pod. Every container after the first of a
 * name is reported.
 */
public final class DuplicateContainerNameRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/duplicate-container-name", "Two containers of a pod share a name",
            Severity.ERROR, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            Map<String, Container> first = new HashMap<>();
            // in document order, so the one written later is the one reported
            List<Container> containers = pod.containers().stream()
                    .sorted(Comparator.comparing(c -> c.itemRange().start())).toList();
            for (Container container : containers) {
                Optional<String> name = container.name();
                if (name.isEmpty()) {
                    continue;
                }
                Container earlier = first.putIfAbsent(name.get(), container);
                if (earlier != null) {
                    context.report(nameRange(container), container.list().noun() + " name \"" + name.get()
                            + "\" is already used by " + article(earlier) + " of this pod; the API server rejects"
                            + " the " + pod.resource().kind() + " (container names must be unique across containers,"
                            + " initContainers and ephemeralContainers)")
                            .related(nameRange(earlier), "the first use of the name");
                }
            }
        }
    }

    /** The name's value when this item writes it, else the item (an alias) or its dash. */
    private static Range nameRange(Container container) {
        if (container.isAlias()) {
            return container.item().range();
        }
        return container.ownNameEntry().map(e -> e.value().range()).orElseGet(container::ownerRange);
    }

    private static String article(Container earlier) {
        String noun = earlier.list().noun().toLowerCase(java.util.Locale.ROOT);
        return (noun.startsWith("e") || noun.startsWith("i") ? "an " : "a ") + noun;
    }
}
