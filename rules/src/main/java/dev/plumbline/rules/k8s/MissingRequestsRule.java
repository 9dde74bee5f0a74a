package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ContainerResources;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.List;

/**
 * A container or init container without a CPU or a memory request: one finding per missing resource.
 * A limit without a request is not reported: the API server then sets the request to the limit.
 */
public final class MissingRequestsRule implements Rule<KubernetesFile> {

    static final PeerId KL_CPU = PeerId.of(PeerId.KUBE_LINTER, "unset-cpu-requirements");
    static final PeerId KS = PeerId.of(PeerId.KUBE_SCORE, "container-resources");
    static final PeerId POL_CPU = PeerId.of(PeerId.POLARIS, "cpuRequestsMissing");
    static final PeerId POL_MEMORY = PeerId.of(PeerId.POLARIS, "memoryRequestsMissing");
    static final RuleMeta META = RuleMeta.of("k8s/missing-requests", "Container has no CPU or memory request",
            Severity.WARNING, Language.KUBERNETES, KL_CPU, KS, POL_CPU, POL_MEMORY);

    static final String CPU_FIX_TITLE = "Request 100m CPU (tune it to the workload)";
    static final String MEMORY_FIX_TITLE = "Request 128Mi of memory (tune it to the workload)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : ContainerResources.containers(context.model())) {
            if (Patches.isPatchFile(context)) {
                continue; // a patch's requests may come from its base
            }
            if (missing(container, "cpu")) {
                RuleContext<KubernetesFile>.Report report = context.report(
                        ContainerResources.missingRange(container, ContainerResources.REQUESTS),
                        container.describe() + " has no CPU request, so the scheduler places it as if it needed"
                                + " no CPU and it gets the smallest share under contention").peers(KL_CPU, KS, POL_CPU);
                fix(container, "cpu", "100m", CPU_FIX_TITLE, report, context);
            }
            if (missing(container, "memory")) {
                RuleContext<KubernetesFile>.Report report = context.report(
                        ContainerResources.missingRange(container, ContainerResources.REQUESTS),
                        container.describe() + " has no memory request, so the scheduler can place it on a node"
                                + " without room for it and it is among the first evicted").peers(KS, POL_MEMORY);
                fix(container, "memory", "128Mi", MEMORY_FIX_TITLE, report, context);
            }
        }
    }

    private static boolean missing(Container container, String resource) {
        return ContainerResources.amount(container, ContainerResources.REQUESTS, resource).isEmpty()
                && ContainerResources.amount(container, ContainerResources.LIMITS, resource).isEmpty();
    }

    private static void fix(Container container, String resource, String amount, String title,
            RuleContext<KubernetesFile>.Report report, RuleContext<KubernetesFile> context) {
        List<NewEntry> wanted = List.of(NewEntry.mapping("resources",
                NewEntry.mapping(ContainerResources.REQUESTS, NewEntry.scalar(resource, amount))));
        SpecEdits.merge(container, wanted, context.document()).ifPresent(edits -> report.fix(new Fix(title, edits)));
    }
}
