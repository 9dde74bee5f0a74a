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
import dev.plumbline.rules.k8s.support.RemoveEdits;
import dev.plumbline.rules.k8s.support.ScaleTargets;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A Deployment or StatefulSet that sets {@code replicas} while a HorizontalPodAutoscaler targets it:
 * every apply resets the scale to the written number until the HPA corrects it again. The fix removes
 * {@code replicas}. HPAs of the same file are always seen; those of other files in the manifest's
 * scope once the workspace index is ready.
 */
public final class HpaReplicasConflictRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/hpa-replicas-conflict", "Replicas fight the autoscaler",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_SCORE, "deployment-targeted-by-hpa-does-not-have-replicas-configured"));

    static final String FIX_TITLE = "Remove replicas (the autoscaler owns it)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Set<K8sResource> reported = new HashSet<>();
        for (K8sResource hpa : context.model().resources()) {
            if (!Kinds.isHpa(hpa)) {
                continue;
            }
            Optional<K8sResource> target = ScaleTargets.of(context.model(), hpa)
                    .filter(t -> Kinds.isDeployment(t) || Kinds.isStatefulSet(t));
            if (target.isPresent() && reported.add(target.get())) {
                report(context, target.get(), hpa.describe());
            }
        }
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty()) {
            return;
        }
        for (K8sResource target : context.model().resources()) {
            if (!(Kinds.isDeployment(target) || Kinds.isStatefulSet(target)) || reported.contains(target)
                    || target.name().isEmpty()) {
                continue;
            }
            String namespace = target.namespace().orElse("");
            String ref = target.kind() + "/" + target.name().get();
            scope.get().ofKind(Kind.HPA).stream()
                    .filter(p -> !p.path().equals(scope.get().selfPath()))
                    .filter(p -> p.object().scaleTarget().filter(ref::equals).isPresent()
                            && K8sScope.sameNamespace(namespace, p.object().namespace()))
                    .findFirst()
                    .ifPresent(p -> report(context, target, p.object().describe() + " (" + p.path() + ")"));
        }
    }

    private static void report(RuleContext<KubernetesFile> context, K8sResource target, String hpa) {
        Optional<YamlMapping> spec = Kinds.spec(target);
        Optional<YamlEntry> replicas = spec.flatMap(s -> KubeYaml.entry(s, "replicas"))
                .filter(e -> !e.value().isNull());
        if (replicas.isEmpty()) {
            return;
        }
        RuleContext<KubernetesFile>.Report report = context.report(replicas.get().key().range(), target.kind()
                + " sets replicas while " + hpa + " scales it, so every apply resets the scale to "
                + replicas.get().value().sourceText().lines().findFirst().orElse("") + " until the autoscaler"
                + " corrects it; leave replicas out");
        RemoveEdits.removeEntry(spec.get(), replicas.get(), context.document())
                .ifPresent(edit -> report.fix(FIX_TITLE, edit));
    }
}
