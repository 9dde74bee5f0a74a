package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MissingLimit;
import dev.plumbline.syntax.k8s.KubernetesFile;

/** A container or init container without {@code resources.limits.memory}. */
public final class MissingMemoryLimitRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-memory-limit", "Container has no memory limit",
            Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "unset-memory-requirements"), PeerId.of(PeerId.KUBE_SCORE, "container-resources"),
            PeerId.of(PeerId.POLARIS, "memoryLimitsMissing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        MissingLimit.check(context, "memory", "memory", "256Mi",
                "so a leak in it can use up the node's memory and get other pods killed");
    }
}
