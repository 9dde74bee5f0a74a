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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Service whose selector matches no pod template in its scope: it has no endpoints, so every
 * connection to it fails. Services without a selector (endpoints managed by hand) and ExternalName
 * Services are exempt; a scope without any workload is not judged.
 */
public final class DanglingServiceRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/dangling-service", "Service selects no pods",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "dangling-service"), PeerId.of(PeerId.KUBE_SCORE, "service-targets-pod"));

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
        for (K8sResource service : context.model().resources()) {
            if (!Kinds.isService(service)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(service);
            if (spec.flatMap(s -> KubeYaml.text(s, "type")).filter("ExternalName"::equals).isPresent()) {
                continue;
            }
            Optional<YamlEntry> entry = spec.flatMap(s -> KubeYaml.entry(s, "selector"));
            Optional<LabelSelector> selector = entry.flatMap(e -> LabelSelector.ofMap(e.value()));
            if (selector.isEmpty() || selector.get().isEmpty() || !selector.get().isComplete()) {
                continue;
            }
            Selector wanted = Selector.of(selector.get());
            String namespace = service.namespace().orElse("");
            boolean selects = scope.get().podTemplates().stream()
                    .anyMatch(p -> K8sScope.sameNamespace(namespace, p.object().namespace())
                            && wanted.matches(p.object().pod().orElseThrow().labels()));
            if (!selects) {
                context.report(entry.get().key().range(), service.describe() + " selects pods labelled "
                        + wanted.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", "))
                        + ", but no pod template in its scope has these labels, so it has no endpoints");
            }
        }
    }
}
