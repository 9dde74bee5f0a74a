package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.k8s.Probe;

/** The shared check of the liveness and readiness rules: a regular container of a long-running pod without that probe. */
public final class MissingProbe {

    private MissingProbe() {
    }

    public static void check(RuleContext<KubernetesFile> context, Probe.Kind kind, String consequence) {
        for (PodSpec pod : context.model().podSpecs()) {
            if (!pod.isLongRunning() || Patches.isPatchFile(context)) {
                continue; // a patch's probes come from its base
            }
            for (Container container : pod.containers(ContainerList.CONTAINERS)) {
                if (container.probe(kind).isPresent()) {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(container.ownerRange(),
                        container.describe() + " has no " + kind.key() + ", " + consequence);
                ProbeFixes.insert(container, kind, context.document()).ifPresent(report::fix);
            }
        }
    }
}
