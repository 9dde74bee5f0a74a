package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.List;

/** The shared check of the CPU and memory limit rules: a container or init container without that limit. */
public final class MissingLimit {

    private MissingLimit() {
    }

    /**
     * Reports every container without {@code limits.<resource>}; the fix inserts the request's amount
     * as written, or {@code fallback} when there is none.
     *
     * @param label how the message names the resource ("CPU", "memory")
     * @param consequence what an unlimited container can do
     */
    public static void check(RuleContext<KubernetesFile> context, String resource, String label, String fallback,
            String consequence) {
        for (Container container : ContainerResources.containers(context.model())) {
            if (ContainerResources.amount(container, ContainerResources.LIMITS, resource).isPresent()
                    || Patches.isPatchFile(context)) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(
                    ContainerResources.missingRange(container, ContainerResources.LIMITS),
                    container.describe() + " has no " + label + " limit, " + consequence);
            String amount = ContainerResources.amountText(container, ContainerResources.REQUESTS, resource).orElse(fallback);
            List<NewEntry> wanted = List.of(NewEntry.mapping("resources",
                    NewEntry.mapping(ContainerResources.LIMITS, NewEntry.scalar(resource, amount))));
            SpecEdits.merge(container, wanted, context.document())
                    .ifPresent(edits -> report.fix(new Fix("Limit " + label + " to " + amount, edits)));
        }
    }
}
