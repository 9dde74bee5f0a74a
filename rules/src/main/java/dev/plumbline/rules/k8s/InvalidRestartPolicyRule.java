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
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * A pod template {@code restartPolicy} its controller refuses: Deployments, ReplicaSets, StatefulSets,
 * DaemonSets and ReplicationControllers accept only {@code Always}; Jobs and CronJobs accept only
 * {@code OnFailure} or {@code Never}, so for them a missing policy (which defaults to {@code Always}) is
 * rejected too. Values outside the enum are the schema's business.
 */
public final class InvalidRestartPolicyRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER = PeerId.of(PeerId.KUBE_LINTER, "restart-policy");
    private static final PeerId KUBE_SCORE = PeerId.of(PeerId.KUBE_SCORE, "cronjob-restartpolicy");

    static final RuleMeta META = RuleMeta.of("k8s/invalid-restart-policy", "Restart policy the controller rejects",
            Severity.ERROR, Language.KUBERNETES, KUBE_LINTER, KUBE_SCORE);

    static final String SET_ALWAYS = "Set restartPolicy: Always";
    static final String SET_ON_FAILURE = "Set restartPolicy: OnFailure";
    private static final String KEY = "restartPolicy";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            K8sResource resource = pod.resource();
            boolean job = Kinds.isJob(resource) || Kinds.isCronJob(resource);
            if (!job && !Kinds.isController(resource)) {
                continue;
            }
            Optional<YamlEntry> entry = KubeYaml.entry(pod.mapping(), KEY);
            Optional<String> value = entry.flatMap(e -> e.value().asText()).filter(v -> !entry.get().value().isNull());
            PeerId[] peers = Kinds.isCronJob(resource) ? new PeerId[] {KUBE_SCORE}
                    : job ? new PeerId[0] : new PeerId[] {KUBE_LINTER};
            if (job) {
                checkJob(context, pod, entry, value, peers);
            } else if (value.isPresent() && (value.get().equals("Never") || value.get().equals("OnFailure"))) {
                RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(), resource.kind()
                        + " pods must use restartPolicy Always; the API server rejects \"" + value.get() + "\"")
                        .peers(peers);
                setValue(pod, entry.get(), "Always", context).ifPresent(edit -> report.fix(SET_ALWAYS, edit));
            }
        }
    }

    private void checkJob(RuleContext<KubernetesFile> context, PodSpec pod, Optional<YamlEntry> entry,
            Optional<String> value, PeerId[] peers) {
        String kind = pod.resource().kind();
        if (value.isPresent() && value.get().equals("Always")) {
            RuleContext<KubernetesFile>.Report report = context.report(entry.get().value().range(), kind
                    + " pods must use restartPolicy OnFailure or Never; the API server rejects \"Always\"").peers(peers);
            setValue(pod, entry.get(), "OnFailure", context).ifPresent(edit -> report.fix(SET_ON_FAILURE, edit));
        } else if (entry.isEmpty() && !Patches.isPatch(context, pod.resource())) {
            RuleContext<KubernetesFile>.Report report = context.report(podSpecOwner(pod), kind
                    + " pod template does not set restartPolicy, so it defaults to Always, which the API server rejects"
                    + " for a " + kind + "; set OnFailure or Never").peers(peers);
            int step = MappingEdits.indentStep(pod.mapping(), pod.resource().root());
            MappingEdits.append(pod.mapping(), List.of(NewEntry.scalar(KEY, "OnFailure")), context.document(), step)
                    .ifPresent(edit -> report.fix(SET_ON_FAILURE, edit));
        }
    }

    /** Sets the value only when the entry is written in this pod spec (a merged one is shared). */
    private static Optional<TextEdit> setValue(PodSpec pod, YamlEntry entry, String value,
            RuleContext<KubernetesFile> context) {
        return pod.mapping().entries().contains(entry) ? MappingEdits.setValue(entry, value, context.document())
                : Optional.empty();
    }

    /** The template's {@code spec} key, where a finding about the pod spec as a whole goes. */
    private static Range podSpecOwner(PodSpec pod) {
        YamlMapping template = pod.template();
        return KubeYaml.entry(template, "spec").map(e -> e.key().range()).orElse(pod.mapping().range());
    }
}
