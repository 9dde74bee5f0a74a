package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Capabilities;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerList;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * A container or init container whose {@code capabilities.drop} does not hold {@code ALL}; the
 * message names NET_RAW when even that is kept. Windows pods are exempt (no Linux capabilities).
 */
public final class CapabilitiesNotDroppedRule implements Rule<KubernetesFile> {

    static final PeerId KL = PeerId.of(PeerId.KUBE_LINTER, "drop-net-raw-capability");
    static final PeerId POL = PeerId.of(PeerId.POLARIS, "insecureCapabilities");
    static final RuleMeta META = RuleMeta.of("k8s/capabilities-not-dropped", "Container does not drop all capabilities",
            Severity.WARNING, Language.KUBERNETES, KL, POL);

    static final String FIX_TITLE = "Drop all capabilities";
    private static final List<NewEntry> FIELDS = List.of(
            NewEntry.mapping("capabilities", NewEntry.scalar("drop", "[\"ALL\"]")));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            if (pod.isWindows()) {
                continue;
            }
            for (Container container : pod.containers(ContainerList.CONTAINERS, ContainerList.INIT_CONTAINERS)) {
                if (Capabilities.contains(container, "drop", "ALL")
                        || Patches.isPatchFile(context) && !writesDrop(container)) {
                    continue; // dropped, or left to a patch's base
                }
                boolean keepsNetRaw = !Capabilities.contains(container, "drop", "NET_RAW");
                String message = container.describe() + " does not drop ALL capabilities"
                        + (keepsNetRaw ? ", so it keeps NET_RAW (raw sockets: spoofed packets on the pod network)"
                                : ", so it keeps the runtime's default set") + "; drop ALL and add back what it needs";
                RuleContext<KubernetesFile>.Report report = context.report(range(container), message);
                if (keepsNetRaw) {
                    report.peers(KL, POL);
                } else {
                    report.peers(POL);
                }
                SpecEdits.securityContext(container, FIELDS, context.document())
                        .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
                HardenedSecurityContext.fix(container, context.document()).ifPresent(report::fix);
            }
        }
    }

    /** The {@code drop} key, else the {@code capabilities} key, when written in the item; else the container's owner range. */
    private static Range range(Container container) {
        Optional<YamlEntry> drop = Capabilities.list(container, "drop").filter(e -> container.writtenInside(e.key()));
        if (drop.isPresent()) {
            return drop.get().key().range();
        }
        return Capabilities.entry(container).filter(e -> container.writtenInside(e.key()))
                .map(e -> e.key().range()).orElseGet(container::ownerRange);
    }

    /** True when the container's own securityContext writes {@code capabilities.drop} (a patch then replaces the base's). */
    private static boolean writesDrop(Container container) {
        return container.securityContext().flatMap(sc -> KubeYaml.mapping(sc, "capabilities"))
                .flatMap(c -> KubeYaml.get(c, "drop")).filter(v -> !v.isNull()).isPresent();
    }

}
