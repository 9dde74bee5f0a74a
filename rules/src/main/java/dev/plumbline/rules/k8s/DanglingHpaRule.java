package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A HorizontalPodAutoscaler whose {@code scaleTargetRef} names no object of that kind in its scope:
 * it scales nothing. Judged only when the scope defines at least one object of the target's kind.
 */
public final class DanglingHpaRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/dangling-hpa", "HPA targets nothing", Severity.WARNING,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "dangling-horizontalpodautoscaler"),
            PeerId.of(PeerId.KUBE_SCORE, "horizontalpodautoscaler-has-target"));

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
        for (K8sResource hpa : context.model().resources()) {
            if (!Kinds.isHpa(hpa)) {
                continue;
            }
            Optional<YamlMapping> ref = Kinds.spec(hpa).flatMap(s -> KubeYaml.mapping(s, "scaleTargetRef"));
            Optional<String> kind = ref.flatMap(r -> KubeYaml.text(r, "kind")).filter(k -> !k.isEmpty());
            Optional<YamlScalar> name = ref.flatMap(r -> KubeYaml.get(r, "name")).flatMap(YamlNode::asScalar)
                    .filter(n -> !n.isNull() && !n.value().isEmpty() && !Placeholders.isPlaceholder(n.value()));
            if (kind.isEmpty() || name.isEmpty()) {
                continue;
            }
            boolean kindInScope = scope.get().objects().stream()
                    .anyMatch(p -> p.object().kind().kind().equals(kind.get()));
            if (!kindInScope) {
                continue;
            }
            String namespace = hpa.namespace().orElse("");
            boolean found = scope.get().named(kind.get(), name.get().value()).stream()
                    .anyMatch(p -> K8sScope.sameNamespace(namespace, p.object().namespace()));
            if (!found) {
                context.report(name.get().range(), hpa.describe() + " scales " + kind.get() + "/" + name.get().value()
                        + ", which is not defined in its scope");
            }
        }
    }
}
