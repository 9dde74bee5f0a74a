package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The shared check of {@code hostNetwork}, {@code hostPID} and {@code hostIPC}: a pod spec key set
 * to true is reported on its value, with a fix that removes the key (the default is false).
 */
public final class HostNamespaces {

    private HostNamespaces() {
    }

    /**
     * Reports every pod spec whose {@code key} is true.
     *
     * @param what what the pod shares, e.g. "the node's network namespace"
     * @param consequence what that allows, e.g. "so its containers see all traffic on the node"
     * @param fixable false for pods where the key is required (e.g. hostNetwork of a HostProcess pod)
     */
    public static void check(RuleContext<KubernetesFile> context, String key, String what, String consequence,
            Predicate<PodSpec> fixable) {
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlEntry> entry = pod.entry(key);
            if (entry.isEmpty() || !KubeYaml.isTrue(entry.get().value())) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(),
                    pod.resource().describe() + " shares " + what + " (" + key + ": true), " + consequence);
            boolean own = pod.mapping().entries().contains(entry.get())
                    && pod.specEntry().map(e -> e.value() == pod.mapping()).orElse(false);
            if (own && fixable.test(pod)) {
                RemovalEdits.removeEntry(pod.mapping(), entry.get(), context.document())
                        .ifPresent(edit -> report.fix("Remove " + key, edit));
            }
        }
    }
}
