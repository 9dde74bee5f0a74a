package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.RemoveEdits;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;

/**
 * A Deployment, StatefulSet or DaemonSet with {@code revisionHistoryLimit: 0}: old ReplicaSets or
 * ControllerRevisions are deleted at once, so {@code kubectl rollout undo} has nothing to go back to.
 * The fix removes the key (the default keeps 10).
 */
public final class RevisionHistoryZeroRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/revision-history-zero", "No revision history to roll back to",
            Severity.WARNING, Language.KUBERNETES);

    static final String FIX_TITLE = "Remove revisionHistoryLimit (default 10)";
    private static final String KEY = "revisionHistoryLimit";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (!Kinds.isDeployment(resource) && !Kinds.isStatefulSet(resource) && !Kinds.isDaemonSet(resource)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(resource);
            Optional<YamlEntry> entry = spec.flatMap(s -> KubeYaml.entry(s, KEY));
            boolean zero = entry.flatMap(e -> e.value().asScalar()).flatMap(YamlScalar::asLong)
                    .filter(v -> v == 0).isPresent();
            if (!zero) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(), resource.kind()
                    + " keeps no old revisions (revisionHistoryLimit: 0), so a bad rollout cannot be rolled back;"
                    + " keep a few (the default is 10)");
            RemoveEdits.removeEntry(spec.get(), entry.get(), context.document())
                    .ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }
}
