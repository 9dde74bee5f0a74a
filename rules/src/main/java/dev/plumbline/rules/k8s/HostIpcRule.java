package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HostNamespaces;
import dev.plumbline.syntax.k8s.KubernetesFile;

/** A pod spec with {@code hostIPC: true}. */
public final class HostIpcRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/host-ipc", "Pod uses the node's IPC namespace", Severity.ERROR,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "host-ipc"), PeerId.of(PeerId.POLARIS, "hostIPCSet"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        HostNamespaces.check(context, "hostIPC", "the node's IPC namespace",
                "so its containers can read and change shared memory of every process on the node", pod -> true);
    }
}
