package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import java.util.Map;
import java.util.Optional;

/**
 * A workload whose pods no NetworkPolicy in its scope selects (an empty {@code podSelector} selects
 * every pod of its namespace): they accept traffic from anywhere in the cluster. Opt-in.
 */
public final class MissingNetworkPolicyRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-network-policy", "Pods not isolated by a NetworkPolicy",
            Severity.INFORMATION, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "non-isolated-pod"),
            PeerId.of(PeerId.KUBE_SCORE, "pod-networkpolicy"), PeerId.of(PeerId.POLARIS, "missingNetworkPolicy"))
            .offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty()) {
            return;
        }
        for (PodSpec pod : context.model().podSpecs()) {
            if (Patches.isPatch(context, pod.resource())) {
                continue;
            }
            Map<String, String> labels = pod.templateLabels();
            String namespace = pod.resource().namespace().orElse("");
            boolean isolated = scope.get().ofKind(Kind.NETWORK_POLICY).stream()
                    .filter(p -> K8sScope.sameNamespace(namespace, p.object().namespace()))
                    .anyMatch(p -> p.object().selector().map(s -> s.complete() && s.matches(labels)).orElse(false));
            if (!isolated) {
                context.report(pod.ownerRange(), pod.resource().describe() + " is selected by no NetworkPolicy in its"
                        + " scope, so its pods accept traffic from anywhere in the cluster");
            }
        }
    }
}
