package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.Probe;
import java.util.Optional;

/**
 * A container whose liveness and readiness probes run the same check (same handler, port, path,
 * scheme, host or command): whatever makes it unready also gets it restarted.
 */
public final class IdenticalProbesRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/identical-probes", "Liveness and readiness probes are identical",
            Severity.INFORMATION, Language.KUBERNETES, PeerId.of(PeerId.KUBE_SCORE, "pod-probes-identical"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (Container container : context.model().containers()) {
            Optional<Probe> liveness = container.probe(Probe.Kind.LIVENESS);
            Optional<Probe> readiness = container.probe(Probe.Kind.READINESS);
            if (liveness.isEmpty() || readiness.isEmpty()) {
                continue;
            }
            Optional<String> signature = liveness.get().handlerSignature();
            if (signature.isEmpty() || !signature.equals(readiness.get().handlerSignature())) {
                continue;
            }
            context.report(liveness.get().entry().key().range(), "The liveness and readiness probes of "
                    + container.describe() + " run the same " + liveness.get().handlerType().orElse("") + " check, so"
                    + " when it is slow or a dependency fails it is restarted instead of just taken out of rotation");
        }
    }
}
