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
import dev.plumbline.rules.k8s.support.RemoveEdits;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A standalone Job without {@code ttlSecondsAfterFinished} (finished Jobs and their pods pile up
 * until someone deletes them), or a CronJob whose job template sets one (the CronJob's own history
 * limits clean up its Jobs, and a TTL deletes them behind its back). Jobs that Helm or Argo CD
 * delete through a hook delete policy are exempt.
 */
public final class JobTtlRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/job-ttl", "Job is not cleaned up after it finishes",
            Severity.INFORMATION, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "job-ttl-seconds-after-finished"));

    static final String INSERT_TITLE = "Insert ttlSecondsAfterFinished: 86400 (one day)";
    static final String REMOVE_TITLE = "Remove ttlSecondsAfterFinished";
    static final String KEY = "ttlSecondsAfterFinished";
    private static final Set<String> HOOK_DELETE_POLICIES = Set.of("helm.sh/hook-delete-policy",
            "argocd.argoproj.io/hook-delete-policy");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (Kinds.isJob(resource)) {
                checkJob(context, resource);
            } else if (Kinds.isCronJob(resource)) {
                checkCronJob(context, resource);
            }
        }
    }

    private void checkJob(RuleContext<KubernetesFile> context, K8sResource job) {
        Optional<YamlMapping> spec = Kinds.spec(job);
        Map<String, String> annotations = job.annotations();
        if (spec.isEmpty() || KubeYaml.entry(spec.get(), KEY).isPresent() || Patches.isPatch(context, job)
                || HOOK_DELETE_POLICIES.stream().anyMatch(annotations::containsKey)) {
            return;
        }
        RuleContext<KubernetesFile>.Report report = context.report(Kinds.specOwner(job), "Job does not set "
                + KEY + ", so it and its pods stay in the cluster after it finishes until someone deletes them");
        int step = MappingEdits.indentStep(spec.get(), job.root());
        MappingEdits.append(spec.get(), List.of(NewEntry.scalar(KEY, "86400")), context.document(), step)
                .ifPresent(edit -> report.fix(INSERT_TITLE, edit));
    }

    private void checkCronJob(RuleContext<KubernetesFile> context, K8sResource cronJob) {
        Optional<YamlMapping> jobSpec = Kinds.spec(cronJob).flatMap(s -> KubeYaml.mapping(s, "jobTemplate"))
                .flatMap(t -> KubeYaml.mapping(t, "spec"));
        Optional<YamlEntry> ttl = jobSpec.flatMap(s -> KubeYaml.entry(s, KEY));
        if (ttl.isEmpty() || ttl.get().value().isNull()) {
            return;
        }
        RuleContext<KubernetesFile>.Report report = context.report(ttl.get().key().range(), "CronJob's job template"
                + " sets " + KEY + ", which deletes Jobs behind the CronJob's successfulJobsHistoryLimit and"
                + " failedJobsHistoryLimit; let the history limits clean up");
        RemoveEdits.removeEntry(jobSpec.get(), ttl.get(), context.document())
                .ifPresent(edit -> report.fix(REMOVE_TITLE, edit));
    }
}
