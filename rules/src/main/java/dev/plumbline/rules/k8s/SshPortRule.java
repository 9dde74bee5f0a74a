package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/** A container that declares port 22/TCP: an SSH server in a container is a door around the cluster's access control. */
public final class SshPortRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/ssh-port", "Container exposes SSH", Severity.INFORMATION,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "ssh-port"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<YamlNode> ports = container.get("ports");
            if (ports.isEmpty()) {
                continue;
            }
            for (YamlNode item : ports.get().asSequence().map(YamlSequence::items).orElse(List.of())) {
                Optional<YamlMapping> port = item.asMapping();
                Optional<YamlNode> number = port.flatMap(p -> KubeYaml.get(p, "containerPort"));
                boolean ssh = number.flatMap(YamlNode::asScalar).flatMap(YamlScalar::asLong).filter(n -> n == 22).isPresent();
                String protocol = port.flatMap(p -> KubeYaml.text(p, "protocol")).filter(t -> !t.isEmpty()).orElse("TCP");
                if (ssh && protocol.equals("TCP")) {
                    context.report(number.get().range(), container.describe() + " exposes port 22 (SSH); reach"
                            + " containers through kubectl exec or a debug container instead of running an SSH server");
                }
            }
        }
    }
}
