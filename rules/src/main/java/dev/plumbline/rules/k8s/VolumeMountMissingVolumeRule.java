package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@code volumeMounts} or {@code volumeDevices} name that no volume of the pod has (a StatefulSet's
 * {@code volumeClaimTemplates} count as volumes): the API server rejects the pod. When the pod's
 * volumes cannot all be read (a list that is not a sequence, a name that is not a scalar), nothing is
 * judged.
 */
public final class VolumeMountMissingVolumeRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/volume-mount-missing-volume", "Volume mount names no volume",
            Severity.ERROR, Language.KUBERNETES);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<Set<String>> volumes = volumeNames(pod);
            if (volumes.isEmpty() || Patches.isPatch(context, pod.resource())) {
                continue;
            }
            for (Container container : pod.containers()) {
                check(context, container, "volumeMounts", "Volume mount", volumes.get());
                check(context, container, "volumeDevices", "Volume device", volumes.get());
            }
        }
    }

    private static void check(RuleContext<KubernetesFile> context, Container container, String key, String noun,
            Set<String> volumes) {
        Optional<YamlSequence> mounts = container.get(key).flatMap(YamlNode::asSequence);
        if (mounts.isEmpty()) {
            return;
        }
        for (YamlNode item : mounts.get().items()) {
            Optional<YamlNode> name = item.asMapping().flatMap(m -> KubeYaml.get(m, "name"));
            Optional<String> text = name.flatMap(YamlNode::asText).filter(t -> !name.get().isNull() && !t.isEmpty());
            if (text.isPresent() && !volumes.contains(text.get())) {
                context.report(name.get().range(), noun + " \"" + text.get() + "\" of " + container.describe()
                        + " names no volume of the pod, so the API server rejects the " + container.pod().resource().kind()
                        + "; add it to the pod's volumes or fix the name");
            }
        }
    }

    /** The names of the pod's volumes (and of a StatefulSet's claim templates); empty when they cannot all be read. */
    private static Optional<Set<String>> volumeNames(PodSpec pod) {
        Set<String> names = new HashSet<>();
        if (!collect(KubeYaml.get(pod.mapping(), "volumes"), item -> item.asMapping()
                .flatMap(m -> KubeYaml.text(m, "name")), names)) {
            return Optional.empty();
        }
        K8sResource resource = pod.resource();
        if (Kinds.isStatefulSet(resource)) {
            Optional<YamlNode> claims = Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "volumeClaimTemplates"));
            if (!collect(claims, item -> item.asMapping().flatMap(m -> KubeYaml.mapping(m, "metadata"))
                    .flatMap(m -> KubeYaml.text(m, "name")), names)) {
                return Optional.empty();
            }
        }
        return Optional.of(names);
    }

    /** Adds each item's name; false when the list or a name cannot be read. Absent or null lists are fine. */
    private static boolean collect(Optional<YamlNode> list, Function<YamlNode, Optional<String>> nameOf,
            Set<String> names) {
        if (list.isEmpty() || list.get().isNull()) {
            return true;
        }
        Optional<YamlSequence> sequence = list.get().asSequence();
        if (sequence.isEmpty()) {
            return false;
        }
        for (YamlNode item : sequence.get().items()) {
            Optional<String> name = nameOf.apply(item);
            if (name.isEmpty()) {
                return false;
            }
            names.add(name.get());
        }
        return true;
    }
}
