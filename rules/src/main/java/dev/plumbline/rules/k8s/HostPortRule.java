package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.RemovalEdits;
import dev.plumbline.rules.k8s.support.Written;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.ContainerPort;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import java.util.Optional;

/** A container port (any container list) with a {@code hostPort} other than 0. */
public final class HostPortRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/host-port", "Container port is bound on the node", Severity.WARNING,
            Language.KUBERNETES, PeerId.of(PeerId.POLARIS, "hostPortSet"));

    static final String FIX_TITLE = "Remove hostPort";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            for (ContainerPort port : container.ports()) {
                Optional<YamlEntry> hostPort = port.hostPortEntry();
                if (hostPort.isEmpty()) {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(hostPort.get().value().range(),
                        container.describe() + " binds " + Written.shortText(hostPort.get().value())
                                .map(p -> "port " + p).orElse("a port") + " on the node (hostPort), which exposes it"
                                + " outside the cluster network and limits the pod to nodes where that port is free");
                if (container.writtenInside(hostPort.get().key()) && port.mapping().entries().contains(hostPort.get())) {
                    RemovalEdits.removeEntry(port.mapping(), hostPort.get(), context.document())
                            .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
            }
        }
    }
}
