package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HostNamespaces;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;

/** A pod spec with {@code hostNetwork: true}. */
public final class HostNetworkRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/host-network", "Pod uses the node's network", Severity.ERROR,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "host-network"), PeerId.of(PeerId.POLARIS, "hostNetworkSet"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        HostNamespaces.check(context, "hostNetwork", "the node's network namespace",
                "so its containers can bind the node's ports, reach services listening on localhost and see its traffic",
                HostNetworkRule::removable);
    }

    /** A Windows HostProcess pod must keep hostNetwork. */
    private static boolean removable(PodSpec pod) {
        return pod.securityContext().flatMap(sc -> KubeYaml.mapping(sc, "windowsOptions"))
                .flatMap(w -> KubeYaml.get(w, "hostProcess")).map(v -> !KubeYaml.isTrue(v)).orElse(true)
                && pod.containers().stream().noneMatch(c -> c.securityContext()
                        .flatMap(sc -> KubeYaml.mapping(sc, "windowsOptions"))
                        .flatMap(w -> KubeYaml.get(w, "hostProcess")).map(KubeYaml::isTrue).orElse(false));
    }
}
