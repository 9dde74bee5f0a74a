package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HostPathVolumes;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Set;

/**
 * A hostPath volume on a node directory that holds the node's system, credentials or kubelet state,
 * or on a container runtime socket (which controls every container on the node).
 */
public final class SensitiveHostMountRule implements Rule<KubernetesFile> {

    static final PeerId KL_SENSITIVE = PeerId.of(PeerId.KUBE_LINTER, "sensitive-host-mounts");
    static final PeerId KL_DOCKER_SOCK = PeerId.of(PeerId.KUBE_LINTER, "docker-sock");
    static final RuleMeta META = RuleMeta.of("k8s/sensitive-host-mount", "Pod mounts a sensitive node path",
            Severity.ERROR, Language.KUBERNETES, KL_SENSITIVE, KL_DOCKER_SOCK);

    static final Set<String> SENSITIVE = Set.of("/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr", "/root",
            "/var/lib/kubelet");
    static final List<String> SOCKETS = List.of("docker.sock", "containerd.sock", "crio.sock");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            for (HostPathVolumes.Volume volume : HostPathVolumes.of(pod)) {
                if (volume.path().isEmpty()) {
                    continue;
                }
                YamlScalar path = volume.path().get();
                String normalized = HostPathVolumes.normalize(path.value());
                String socket = SOCKETS.stream().filter(s -> normalized.endsWith("/" + s)).findFirst().orElse(null);
                if (socket != null) {
                    context.report(path.range(), volume.describe() + " mounts the container runtime socket "
                            + normalized + ", which controls every container on the node and so the node itself")
                            .peers(socket.equals("docker.sock") ? KL_DOCKER_SOCK : KL_SENSITIVE);
                } else if (SENSITIVE.contains(normalized)) {
                    context.report(path.range(), volume.describe() + " mounts the node's " + normalized
                            + ", exposing the node's system files, devices or credentials to the pod").peers(KL_SENSITIVE);
                }
            }
        }
    }
}
