package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A PodDisruptionBudget without {@code unhealthyPodEvictionPolicy}: by default
 * ({@code IfHealthyBudget}) pods that are running but not ready may be evicted only while the budget
 * holds, so a crash-looping pod can block node drains. {@code AlwaysAllow} lets them be evicted.
 */
public final class PdbUnhealthyPodEvictionPolicyRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/pdb-unhealthy-pod-eviction-policy",
            "PodDisruptionBudget protects unhealthy pods", Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "pdb-unhealthy-pod-eviction-policy"));

    static final String FIX_TITLE = "Insert unhealthyPodEvictionPolicy: AlwaysAllow";
    private static final String KEY = "unhealthyPodEvictionPolicy";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlMapping> spec = Kinds.isPdb(resource) ? Kinds.spec(resource) : Optional.empty();
            // a budget without selector selects nothing: a kustomize patch, or another rule's business
            if (spec.isEmpty() || KubeYaml.entry(spec.get(), KEY).isPresent() || Patches.isPatchFile(context)
                    || KubeYaml.get(spec.get(), "selector").filter(v -> !v.isNull()).isEmpty()) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(Kinds.specOwner(resource),
                    "PodDisruptionBudget does not set " + KEY + ", so running but not-ready pods may be evicted only"
                            + " while the budget holds and a crash-looping pod can block node drains; set AlwaysAllow");
            int step = MappingEdits.indentStep(spec.get(), resource.root());
            MappingEdits.append(spec.get(), List.of(NewEntry.scalar(KEY, "AlwaysAllow")), context.document(), step)
                    .ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }
}
