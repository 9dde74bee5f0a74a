package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A Service of type {@code NodePort} or {@code LoadBalancer}: it is reachable from outside the cluster
 * (every node's port, or a cloud load balancer), around the Ingress or gateway that usually guards
 * the edge. Off by default: exposing a service on purpose is common.
 */
public final class ExposedServiceRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER = PeerId.of(PeerId.KUBE_LINTER, "exposed-services");
    private static final PeerId KUBE_SCORE = PeerId.of(PeerId.KUBE_SCORE, "service-type");

    static final RuleMeta META = RuleMeta.of("k8s/exposed-service", "Service is exposed outside the cluster",
            Severity.INFORMATION, Language.KUBERNETES, KUBE_LINTER, KUBE_SCORE).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlScalar> type = Kinds.isService(resource)
                    ? Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "type")).flatMap(YamlNode::asScalar)
                    : Optional.empty();
            if (type.isEmpty()) {
                continue;
            }
            if (type.get().value().equals("NodePort")) {
                context.report(type.get().range(), "Service of type NodePort opens a port on every node of the cluster;"
                        + " expose it through an Ingress or Gateway, or make sure it is meant to be public")
                        .peers(KUBE_LINTER, KUBE_SCORE);
            } else if (type.get().value().equals("LoadBalancer")) {
                context.report(type.get().range(), "Service of type LoadBalancer gets an external load balancer;"
                        + " expose it through an Ingress or Gateway, or make sure it is meant to be public")
                        .peers(KUBE_LINTER);
            }
        }
    }
}
