package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A PodDisruptionBudget that never allows a voluntary disruption: {@code maxUnavailable} of 0 or 0%,
 * or {@code minAvailable} of 100%. Node drains and cluster upgrades then hang on its pods. (Comparing
 * {@code minAvailable} with the selected workloads' replicas needs the workspace index.)
 */
public final class PdbBlocksEvictionRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER_MAX = PeerId.of(PeerId.KUBE_LINTER, "pdb-max-unavailable");
    private static final PeerId KUBE_LINTER_MIN = PeerId.of(PeerId.KUBE_LINTER, "pdb-min-available");
    private static final PeerId POLARIS_ZERO = PeerId.of(PeerId.POLARIS, "pdbDisruptionsIsZero");
    private static final PeerId POLARIS_HPA = PeerId.of(PeerId.POLARIS, "pdbMinAvailableGreaterThanHPAMinReplicas");

    static final RuleMeta META = RuleMeta.of("k8s/pdb-blocks-eviction", "PodDisruptionBudget allows no disruption",
            Severity.WARNING, Language.KUBERNETES, KUBE_LINTER_MAX, KUBE_LINTER_MIN, POLARIS_ZERO, POLARIS_HPA);

    private static final String CONSEQUENCE = "so no pod it selects can ever be evicted and node drains and cluster"
            + " upgrades hang";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            Optional<YamlMapping> spec = Kinds.isPdb(resource) ? Kinds.spec(resource) : Optional.empty();
            if (spec.isEmpty()) {
                continue;
            }
            Optional<YamlScalar> max = KubeYaml.get(spec.get(), "maxUnavailable").flatMap(YamlNode::asScalar);
            if (max.isPresent() && isZero(max.get())) {
                context.report(max.get().range(), "PodDisruptionBudget sets maxUnavailable to " + max.get().value() + ", "
                        + CONSEQUENCE).peers(KUBE_LINTER_MAX, POLARIS_ZERO);
            }
            Optional<YamlScalar> min = KubeYaml.get(spec.get(), "minAvailable").flatMap(YamlNode::asScalar);
            if (min.isPresent() && min.get().value().strip().equals("100%")) {
                context.report(min.get().range(), "PodDisruptionBudget sets minAvailable to 100%, " + CONSEQUENCE)
                        .peers(KUBE_LINTER_MIN, POLARIS_ZERO);
            }
        }
    }

    /** {@code 0}, {@code "0"} or {@code 0%} (the API reads an int-or-string). */
    private static boolean isZero(YamlScalar value) {
        if (value.isNull()) {
            return false;
        }
        String text = value.value().strip();
        return text.equals("0") || text.equals("0%");
    }
}
