package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MissingProbe;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.Probe;

/** A regular container of a long-running workload (not a Job, CronJob or run-once Pod) without a liveness probe. */
public final class MissingLivenessProbeRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-liveness-probe", "Container has no liveness probe",
            Severity.WARNING, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "no-liveness-probe"),
            PeerId.of(PeerId.KUBE_SCORE, "pod-probes"), PeerId.of(PeerId.POLARIS, "livenessProbeMissing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        MissingProbe.check(context, Probe.Kind.LIVENESS,
                "so the kubelet cannot tell when it hangs and never restarts it");
    }
}
