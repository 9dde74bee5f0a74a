package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.Optional;
import java.util.Set;

/**
 * A pod-level {@code securityContext.sysctls} name outside the kubelet's safe set: the kubelet
 * refuses such a pod unless its {@code --allowed-unsafe-sysctls} lists the name. Names written with
 * {@code /} separators are compared in their dotted form, as the kubelet does.
 */
public final class UnsafeSysctlsRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/unsafe-sysctls", "Pod sets an unsafe sysctl", Severity.WARNING,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "unsafe-sysctls"));

    /** The kubelet's safe sysctls as of Kubernetes 1.36 (namespaced, isolated from the node and other pods). */
    static final Set<String> SAFE = Set.of(
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlSequence> sysctls = pod.securityContext().flatMap(sc -> KubeYaml.get(sc, "sysctls"))
                    .flatMap(YamlNode::asSequence);
            if (sysctls.isEmpty()) {
                continue;
            }
            for (YamlNode item : sysctls.get().items()) {
                Optional<YamlNode> name = item.asMapping().flatMap(m -> KubeYaml.get(m, "name"));
                Optional<String> text = name.flatMap(YamlNode::asText).filter(t -> !t.isBlank());
                if (text.isEmpty() || SAFE.contains(dotted(text.get()))) {
                    continue;
                }
                context.report(name.get().range(), "Sysctl \"" + text.get() + "\" is not in the kubelet's safe set;"
                        + " the kubelet refuses the pod unless it is started with --allowed-unsafe-sysctls for it");
            }
        }
    }

    /** {@code net/ipv4/ip_forward} is {@code net.ipv4.ip_forward}; in a slashed name, dots stand for slashes. */
    static String dotted(String name) {
        String trimmed = name.strip();
        if (!trimmed.contains("/")) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        for (char c : trimmed.toCharArray()) {
            out.append(c == '/' ? '.' : c == '.' ? '/' : c);
        }
        return out.toString();
    }
}
