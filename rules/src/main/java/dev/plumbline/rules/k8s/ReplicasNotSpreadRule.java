package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.ScalarText;
import dev.plumbline.rules.k8s.support.SnippetEdits;
import dev.plumbline.rules.k8s.support.YamlSnippet;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment, ReplicaSet, StatefulSet or ReplicationController with more than one replica whose pod
 * template has neither a podAntiAffinity term on {@code kubernetes.io/hostname} nor
 * {@code topologySpreadConstraints}: the scheduler may put every replica on one node. The fix adds a
 * soft hostname spread constraint selecting the workload's pods.
 */
public final class ReplicasNotSpreadRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER = PeerId.of(PeerId.KUBE_LINTER, "no-anti-affinity");
    private static final PeerId KUBE_SCORE_DEPLOYMENT = PeerId.of(PeerId.KUBE_SCORE, "deployment-has-host-podantiaffinity");
    private static final PeerId KUBE_SCORE_STATEFULSET = PeerId.of(PeerId.KUBE_SCORE,
            "statefulset-has-host-podantiaffinity");
    private static final PeerId KUBE_SCORE_SPREAD = PeerId.of(PeerId.KUBE_SCORE, "pod-topology-spread-constraints");
    private static final PeerId POLARIS = PeerId.of(PeerId.POLARIS, "topologySpreadConstraint");

    static final RuleMeta META = RuleMeta.of("k8s/replicas-not-spread", "Replicas are not spread across nodes",
            Severity.INFORMATION, Language.KUBERNETES, KUBE_LINTER, KUBE_SCORE_DEPLOYMENT, KUBE_SCORE_STATEFULSET,
            KUBE_SCORE_SPREAD, POLARIS);

    static final String FIX_TITLE = "Insert a topologySpreadConstraint on kubernetes.io/hostname";
    static final String HOSTNAME = "kubernetes.io/hostname";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            boolean scalable = Kinds.isDeployment(resource) || Kinds.isReplicaSet(resource)
                    || Kinds.isStatefulSet(resource) || Kinds.isReplicationController(resource);
            Optional<PodSpec> pod = resource.podSpec();
            if (!scalable || pod.isEmpty()) {
                continue;
            }
            Optional<YamlNode> replicas = Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "replicas"));
            Optional<Long> count = replicas.flatMap(YamlNode::asScalar).flatMap(YamlScalar::asLong);
            // a patch's scheduling constraints may come from its base
            if (count.isEmpty() || count.get() < 2 || spread(pod.get().mapping()) || Patches.isPatchFile(context)) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(replicas.get().range(), resource.kind() + " runs "
                    + count.get() + " replicas, but neither a podAntiAffinity term on " + HOSTNAME
                    + " nor topologySpreadConstraints keeps them on different nodes, so one node failure can take"
                    + " them all down").peers(peers(resource));
            fix(context, resource, pod.get()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }

    /** True when the pod spec has topologySpreadConstraints or a hostname podAntiAffinity term. */
    private static boolean spread(YamlMapping pod) {
        if (KubeYaml.get(pod, "topologySpreadConstraints").flatMap(YamlNode::asSequence)
                .filter(s -> !s.isEmpty()).isPresent()) {
            return true;
        }
        Optional<YamlMapping> antiAffinity = KubeYaml.mapping(pod, "affinity")
                .flatMap(a -> KubeYaml.mapping(a, "podAntiAffinity"));
        if (antiAffinity.isEmpty()) {
            return false;
        }
        for (YamlNode term : items(antiAffinity.get(), "requiredDuringSchedulingIgnoredDuringExecution")) {
            if (term.asMapping().flatMap(m -> KubeYaml.text(m, "topologyKey")).filter(HOSTNAME::equals).isPresent()) {
                return true;
            }
        }
        for (YamlNode weighted : items(antiAffinity.get(), "preferredDuringSchedulingIgnoredDuringExecution")) {
            if (weighted.asMapping().flatMap(m -> KubeYaml.mapping(m, "podAffinityTerm"))
                    .flatMap(m -> KubeYaml.text(m, "topologyKey")).filter(HOSTNAME::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static List<YamlNode> items(YamlMapping mapping, String key) {
        return KubeYaml.get(mapping, key).flatMap(YamlNode::asSequence).map(YamlSequence::items).orElse(List.of());
    }

    /** A soft hostname spread over the pods the workload's selector picks (its matchLabels, or the template labels). */
    private static Optional<TextEdit> fix(RuleContext<KubernetesFile> context, K8sResource resource, PodSpec pod) {
        List<YamlSnippet.Entry> labels = new ArrayList<>();
        Optional<YamlNode> selectorNode = Kinds.spec(resource).flatMap(s -> KubeYaml.get(s, "selector"));
        Optional<LabelSelector> selector = selectorNode.flatMap(n -> Kinds.isReplicationController(resource)
                ? LabelSelector.ofMap(n) : LabelSelector.of(n));
        if (selector.isPresent() && selector.get().isComplete() && !selector.get().isEmpty()
                && selector.get().requirements().stream().allMatch(r -> r instanceof LabelSelector.Equals)) {
            for (LabelSelector.Requirement requirement : selector.get().requirements()) {
                YamlEntry entry = ((LabelSelector.Equals) requirement).entry();
                if (!copy(entry, labels)) {
                    return Optional.empty();
                }
            }
        } else {
            Optional<YamlMapping> templateLabels = pod.templateMetadata().flatMap(m -> KubeYaml.mapping(m, "labels"));
            for (YamlEntry entry : templateLabels.map(m -> m.withMerges().entries()).orElse(List.of())) {
                if (!copy(entry, labels)) {
                    return Optional.empty();
                }
            }
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        YamlSnippet constraint = YamlSnippet.mapping(
                YamlSnippet.entry("maxSkew", "1"),
                YamlSnippet.entry("topologyKey", HOSTNAME),
                YamlSnippet.entry("whenUnsatisfiable", "ScheduleAnyway"),
                YamlSnippet.entry("labelSelector", YamlSnippet.mapping(
                        YamlSnippet.entry("matchLabels", new YamlSnippet.Mapping(labels)))));
        int step = MappingEdits.indentStep(pod.mapping(), resource.root());
        return SnippetEdits.add(pod.mapping(), List.of(), "topologySpreadConstraints", YamlSnippet.sequence(constraint),
                context.document(), step);
    }

    private static boolean copy(YamlEntry entry, List<YamlSnippet.Entry> into) {
        Optional<String> key = ScalarText.copyOf(entry.key());
        Optional<String> value = ScalarText.copyOf(entry.value());
        if (key.isEmpty() || value.isEmpty() || entry.isMergeKey()) {
            return false;
        }
        into.add(YamlSnippet.entry(key.get(), value.get()));
        return true;
    }

    private static PeerId[] peers(K8sResource resource) {
        if (Kinds.isDeployment(resource)) {
            return new PeerId[] {KUBE_LINTER, KUBE_SCORE_DEPLOYMENT, POLARIS};
        }
        if (Kinds.isStatefulSet(resource)) {
            return new PeerId[] {KUBE_LINTER, KUBE_SCORE_STATEFULSET, POLARIS};
        }
        return new PeerId[] {KUBE_LINTER, POLARIS};
    }
}
