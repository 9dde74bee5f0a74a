package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A Deployment or StatefulSet with fewer than two replicas (an absent {@code replicas} means one), or
 * an HPA whose {@code minReplicas} is below two (absent means one) or equal to {@code maxReplicas}: one
 * pod restart, eviction or node drain is an outage. A workload that an HPA in the same file scales is
 * judged through the HPA. Off by default: replica counts are a site policy.
 */
public final class SingleReplicaRule implements Rule<KubernetesFile> {

    private static final PeerId[] WORKLOAD_PEERS = {PeerId.of(PeerId.KUBE_LINTER, "minimum-three-replicas"),
            PeerId.of(PeerId.KUBE_SCORE, "deployment-replicas"), PeerId.of(PeerId.POLARIS, "deploymentMissingReplicas")};
    private static final PeerId[] HPA_MIN_PEERS = {PeerId.of(PeerId.KUBE_LINTER, "hpa-minimum-three-replicas"),
            PeerId.of(PeerId.KUBE_SCORE, "horizontalpodautoscaler-replicas"), PeerId.of(PeerId.POLARIS, "hpaMinAvailability")};
    private static final PeerId HPA_MAX_PEER = PeerId.of(PeerId.POLARIS, "hpaMaxAvailability");

    static final RuleMeta META = RuleMeta.of("k8s/single-replica", "Workload runs a single replica",
            Severity.INFORMATION, Language.KUBERNETES, WORKLOAD_PEERS[0], WORKLOAD_PEERS[1], WORKLOAD_PEERS[2],
            HPA_MIN_PEERS[0], HPA_MIN_PEERS[1], HPA_MIN_PEERS[2], HPA_MAX_PEER).offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Set<String> scaled = new HashSet<>();
        for (K8sResource resource : context.model().resources()) {
            if (Kinds.isHpa(resource)) {
                checkHpa(context, resource);
                Kinds.spec(resource).flatMap(s -> KubeYaml.mapping(s, "scaleTargetRef"))
                        .ifPresent(ref -> scaled.add(KubeYaml.text(ref, "kind").orElse("") + "/"
                                + KubeYaml.text(ref, "name").orElse("")));
            }
        }
        for (K8sResource resource : context.model().resources()) {
            if ((Kinds.isDeployment(resource) || Kinds.isStatefulSet(resource)) && !scaled.contains(resource.describe())) {
                checkWorkload(context, resource);
            }
        }
    }

    private void checkWorkload(RuleContext<KubernetesFile> context, K8sResource resource) {
        Optional<YamlMapping> spec = Kinds.spec(resource);
        if (spec.isEmpty()) {
            return;
        }
        Optional<YamlNode> replicas = KubeYaml.get(spec.get(), "replicas").filter(n -> !n.isNull());
        if (replicas.isEmpty()) {
            if (Patches.isPatchFile(context)) {
                return; // the base sets them
            }
            context.report(Kinds.specOwner(resource), resource.kind() + " does not set replicas, so it runs one pod;"
                    + " a restart, eviction or node drain takes it down").peers(WORKLOAD_PEERS);
            return;
        }
        Optional<Long> count = replicas.get().asScalar().flatMap(YamlScalar::asLong);
        if (count.isPresent() && count.get() < 2) {
            context.report(replicas.get().range(), resource.kind() + " runs " + count.get() + " replica"
                    + (count.get() == 1 ? "" : "s") + "; a restart, eviction or node drain takes it down")
                    .peers(WORKLOAD_PEERS);
        }
    }

    private void checkHpa(RuleContext<KubernetesFile> context, K8sResource hpa) {
        Optional<YamlMapping> spec = Kinds.spec(hpa);
        if (spec.isEmpty()) {
            return;
        }
        Optional<YamlNode> min = KubeYaml.get(spec.get(), "minReplicas").filter(n -> !n.isNull());
        if (min.isEmpty() && Patches.isPatchFile(context)) {
            return; // the base sets them
        }
        Optional<Long> minCount = min.isEmpty() ? Optional.of(1L) : min.get().asScalar().flatMap(YamlScalar::asLong);
        Optional<YamlNode> max = KubeYaml.get(spec.get(), "maxReplicas");
        Optional<Long> maxCount = max.flatMap(YamlNode::asScalar).flatMap(YamlScalar::asLong);
        if (minCount.isPresent() && minCount.get() < 2) {
            context.report(min.map(YamlNode::range).orElseGet(() -> Kinds.specOwner(hpa)), "HorizontalPodAutoscaler"
                    + (min.isEmpty() ? " does not set minReplicas, so it" : "") + " may scale down to "
                    + minCount.get() + " replica" + (minCount.get() == 1 ? "" : "s")
                    + "; a restart, eviction or node drain then takes the workload down").peers(HPA_MIN_PEERS);
        } else if (minCount.isPresent() && maxCount.isPresent() && minCount.get().equals(maxCount.get())) {
            context.report(max.get().range(), "HorizontalPodAutoscaler has maxReplicas equal to minReplicas ("
                    + maxCount.get() + "), so it can never scale").peers(HPA_MAX_PEER);
        }
    }
}
