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
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import java.util.Map;
import java.util.Optional;

/**
 * A Deployment or StatefulSet running more than one replica that no PodDisruptionBudget in its scope
 * selects: a node drain may take all its pods down at once. Opt-in.
 */
public final class MissingPdbRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-pdb", "Replicated workload without a PodDisruptionBudget",
            Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_SCORE, "deployment-has-poddisruptionbudget"),
            PeerId.of(PeerId.KUBE_SCORE, "statefulset-has-poddisruptionbudget"),
            PeerId.of(PeerId.POLARIS, "missingPodDisruptionBudget")).offByDefault();

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
        for (K8sResource workload : context.model().resources()) {
            boolean deployment = Kinds.isDeployment(workload);
            if (!(deployment || Kinds.isStatefulSet(workload)) || Patches.isPatch(context, workload)) {
                continue;
            }
            long replicas = Kinds.spec(workload).flatMap(s -> KubeYaml.get(s, "replicas")).flatMap(KubeYaml::integerOf)
                    .orElse(1L);
            Optional<PodSpec> pod = workload.podSpec();
            if (replicas <= 1 || pod.isEmpty()) {
                continue;
            }
            Map<String, String> labels = pod.get().templateLabels();
            String namespace = workload.namespace().orElse("");
            boolean covered = scope.get().ofKind(Kind.PDB).stream()
                    .filter(p -> K8sScope.sameNamespace(namespace, p.object().namespace()))
                    .anyMatch(p -> p.object().selector().map(s -> !s.isEmpty() && s.matches(labels)).orElse(false));
            if (!covered) {
                context.report(Kinds.specOwner(workload), workload.describe() + " runs " + replicas + " replicas but no"
                        + " PodDisruptionBudget in its scope selects its pods, so a node drain may evict them all at once")
                        .peers(PeerId.of(PeerId.KUBE_SCORE, deployment ? "deployment-has-poddisruptionbudget"
                                : "statefulset-has-poddisruptionbudget"), PeerId.of(PeerId.POLARIS, "missingPodDisruptionBudget"));
            }
        }
    }
}
