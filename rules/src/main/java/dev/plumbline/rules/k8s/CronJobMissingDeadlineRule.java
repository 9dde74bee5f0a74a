package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.Optional;

/**
 * A CronJob without {@code startingDeadlineSeconds}: a run missed while the controller was down or
 * the CronJob suspended is still started however late it is (and with more than 100 missed
 * schedules the controller only warns about clock skew), so jobs run at times nobody planned.
 */
public final class CronJobMissingDeadlineRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/cronjob-missing-deadline", "CronJob has no starting deadline",
            Severity.INFORMATION, Language.KUBERNETES, PeerId.of(PeerId.KUBE_SCORE, "cronjob-has-deadline"));

    private static final String KEY = "startingDeadlineSeconds";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (!Kinds.isCronJob(resource) || Patches.isPatch(context, resource)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(resource);
            if (spec.isEmpty() || KubeYaml.get(spec.get(), KEY).filter(v -> !v.isNull()).isPresent()) {
                continue;
            }
            context.report(Kinds.specOwner(resource), "CronJob does not set " + KEY + ", so a run missed during an"
                    + " outage or a suspension is still started however late it is; set how late a start may be");
        }
    }
}
