package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MissingLimit;
import dev.plumbline.syntax.k8s.KubernetesFile;

/** A container or init container without {@code resources.limits.cpu}. */
public final class MissingCpuLimitRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-cpu-limit", "Container has no CPU limit", Severity.WARNING,
            Language.KUBERNETES, PeerId.of(PeerId.KUBE_SCORE, "container-resources"),
            PeerId.of(PeerId.POLARIS, "cpuLimitsMissing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        MissingLimit.check(context, "cpu", "CPU", "500m",
                "so a busy loop in it can take every idle CPU of the node");
    }
}
