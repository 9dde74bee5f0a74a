package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HostNamespaces;
import dev.plumbline.syntax.k8s.KubernetesFile;

/** A pod spec with {@code hostPID: true}. */
public final class HostPidRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/host-pid", "Pod uses the node's process namespace", Severity.ERROR,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "host-pid"), PeerId.of(PeerId.POLARIS, "hostPIDSet"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        HostNamespaces.check(context, "hostPID", "the node's process namespace",
                "so its containers see every process on the node and, as root, can signal or trace them",
                pod -> true);
    }
}
