package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.ManifestFacts.Kind;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.Placeholders;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * A StatefulSet without {@code serviceName}, or whose {@code serviceName} is not a headless Service
 * ({@code clusterIP: None}) in its scope: its pods get no stable DNS names, which is what a
 * StatefulSet is for. The missing key is judged in the file alone (kustomize patches exempt); the
 * Service only when the scope defines some Service.
 */
public final class StatefulSetServiceNameRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/statefulset-service-name", "StatefulSet without a headless Service",
            Severity.WARNING, Language.KUBERNETES, PeerId.of(PeerId.KUBE_SCORE, "statefulset-has-servicename"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        for (K8sResource statefulSet : context.model().resources()) {
            if (!Kinds.isStatefulSet(statefulSet) || Patches.isPatch(context, statefulSet)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(statefulSet);
            if (spec.isEmpty()) {
                continue;
            }
            Optional<YamlScalar> name = KubeYaml.get(spec.get(), "serviceName").flatMap(YamlNode::asScalar)
                    .filter(s -> !s.isNull() && !s.value().isEmpty());
            if (name.isEmpty()) {
                context.report(Kinds.specOwner(statefulSet), statefulSet.describe() + " sets no serviceName, so its pods"
                        + " get no stable network identity; name a headless Service");
                continue;
            }
            if (scope.isEmpty() || scope.get().ofKind(Kind.SERVICE).isEmpty() || Placeholders.isPlaceholder(name.get().value())) {
                continue;
            }
            String namespace = statefulSet.namespace().orElse("");
            List<K8sScope.Placed> services = scope.get().named(Kind.SERVICE, name.get().value()).stream()
                    .filter(p -> K8sScope.sameNamespace(namespace, p.object().namespace()))
                    .toList();
            if (services.isEmpty()) {
                context.report(name.get().range(), statefulSet.describe() + " names Service \"" + name.get().value()
                        + "\", which is not defined in its scope; its pods get no stable DNS names");
            } else if (services.stream().noneMatch(p -> p.object().service().map(s -> s.headless()).orElse(false))) {
                context.report(name.get().range(), statefulSet.describe() + " names Service \"" + name.get().value()
                        + "\", which is not headless (clusterIP: None), so its pods get no stable DNS names");
            }
        }
    }
}
