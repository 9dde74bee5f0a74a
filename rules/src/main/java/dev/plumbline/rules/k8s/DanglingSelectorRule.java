package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.ManifestFacts.Selector;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PodDisruptionBudget {@code selector}, a NetworkPolicy {@code podSelector}, or a NetworkPolicy
 * peer's {@code podSelector} that matches no pod template in scope: the budget protects nothing, the
 * policy isolates nothing, the peer admits nobody. Empty selectors (all pods) are exempt, as are peers
 * with a {@code namespaceSelector} (their pods live elsewhere); a scope without workloads is not judged.
 */
public final class DanglingSelectorRule implements Rule<KubernetesFile> {

    private static final PeerId KL_POLICY = PeerId.of(PeerId.KUBE_LINTER, "dangling-networkpolicy");
    private static final PeerId KL_PEER = PeerId.of(PeerId.KUBE_LINTER, "dangling-networkpolicypeer-podselector");
    private static final PeerId KS_POLICY = PeerId.of(PeerId.KUBE_SCORE, "networkpolicy-targets-pod");

    static final RuleMeta META = RuleMeta.of("k8s/dangling-selector", "Selector matches no pods", Severity.WARNING,
            Language.KUBERNETES, KL_POLICY, KL_PEER, KS_POLICY);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty() || scope.get().podTemplates().isEmpty()) {
            return;
        }
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlMapping> spec = Kinds.spec(resource);
            if (Kinds.isPdb(resource)) {
                spec.flatMap(s -> KubeYaml.entry(s, "selector")).ifPresent(entry -> check(context, scope.get(), resource,
                        entry, "selects no pod template in its scope, so it protects nothing"));
            } else if (Kinds.is(resource, "NetworkPolicy", Set.of("networking.k8s.io"))) {
                spec.flatMap(s -> KubeYaml.entry(s, "podSelector")).ifPresent(entry -> check(context, scope.get(),
                        resource, entry, "selects no pod template in its scope, so it applies to nothing")
                        .ifPresent(r -> r.peers(KL_POLICY, KS_POLICY)));
                for (String direction : List.of("ingress", "egress")) {
                    String peers = direction.equals("ingress") ? "from" : "to";
                    for (YamlNode rule : items(spec, direction)) {
                        for (YamlNode peer : items(rule.asMapping(), peers)) {
                            Optional<YamlMapping> mapping = peer.asMapping();
                            if (mapping.isEmpty() || KubeYaml.get(mapping.get(), "namespaceSelector").isPresent()) {
                                continue;
                            }
                            KubeYaml.entry(mapping.get(), "podSelector").ifPresent(entry -> check(context, scope.get(),
                                    resource, entry, "has a " + direction + " peer that selects no pod template in its"
                                            + " scope, so it admits nobody").ifPresent(r -> r.peers(KL_PEER)));
                        }
                    }
                }
            }
        }
    }

    private static Optional<RuleContext<KubernetesFile>.Report> check(RuleContext<KubernetesFile> context, K8sScope scope,
            K8sResource owner, YamlEntry entry, String problem) {
        Optional<LabelSelector> selector = LabelSelector.of(entry.value());
        if (selector.isEmpty() || selector.get().isEmpty() || !selector.get().isComplete()) {
            return Optional.empty();
        }
        Selector wanted = Selector.of(selector.get());
        String namespace = owner.namespace().orElse("");
        boolean matches = scope.podTemplates().stream()
                .anyMatch(p -> K8sScope.sameNamespace(namespace, p.object().namespace())
                        && wanted.matches(p.object().pod().orElseThrow().labels()));
        if (matches) {
            return Optional.empty();
        }
        RuleContext<KubernetesFile>.Report report = context.report(entry.key().range(), owner.describe() + " " + problem);
        if (Kinds.isPdb(owner)) {
            report.peers();
        }
        return Optional.of(report);
    }

    private static List<YamlNode> items(Optional<YamlMapping> mapping, String key) {
        return mapping.flatMap(m -> KubeYaml.get(m, key)).flatMap(YamlNode::asSequence).map(s -> s.items())
                .orElse(List.of());
    }
}
