package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A pod's {@code serviceAccountName} (or the deprecated {@code serviceAccount}) naming a
 * ServiceAccount its scope does not define: the API refuses to create the pods. {@code default}
 * always exists; a scope without any ServiceAccount is not judged.
 */
public final class MissingServiceAccountRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-service-account", "ServiceAccount not defined",
            Severity.WARNING, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "non-existent-service-account"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty() || scope.get().ofKind(Kind.SERVICE_ACCOUNT).isEmpty()) {
            return;
        }
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlScalar> name = pod.get("serviceAccountName").or(() -> pod.get("serviceAccount"))
                    .flatMap(YamlNode::asScalar)
                    .filter(s -> !s.isNull() && !s.value().isEmpty() && !s.value().equals("default")
                            && !Placeholders.isPlaceholder(s.value()));
            if (name.isEmpty()) {
                continue;
            }
            String namespace = pod.resource().namespace().orElse("");
            boolean defined = scope.get().named(Kind.SERVICE_ACCOUNT, name.get().value()).stream()
                    .anyMatch(p -> K8sScope.sameNamespace(namespace, p.object().namespace()));
            if (!defined) {
                context.report(name.get().range(), pod.resource().describe() + " runs as ServiceAccount \""
                        + name.get().value() + "\", which is not defined in its scope, so its pods are refused");
            }
        }
    }
}
