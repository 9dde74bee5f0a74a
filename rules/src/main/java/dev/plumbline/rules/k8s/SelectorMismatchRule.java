package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.ScalarText;
import dev.plumbline.rules.k8s.support.SnippetEdits;
import dev.plumbline.rules.k8s.support.YamlSnippet;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.k8s.StringMap;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or ReplicationController whose {@code selector}
 * does not select its own pod template: the API server rejects it. One finding per requirement the
 * template's labels miss; a missing {@code matchLabels} label can be added to the template.
 */
public final class SelectorMismatchRule implements Rule<KubernetesFile> {

    private static final PeerId KUBE_LINTER = PeerId.of(PeerId.KUBE_LINTER, "mismatching-selector");
    private static final PeerId KUBE_SCORE_DEPLOYMENT = PeerId.of(PeerId.KUBE_SCORE,
            "deployment-pod-selector-labels-match-template-metadata-labels");
    private static final PeerId KUBE_SCORE_STATEFULSET = PeerId.of(PeerId.KUBE_SCORE,
            "statefulset-pod-selector-labels-match-template-metadata-labels");

    static final RuleMeta META = RuleMeta.of("k8s/selector-mismatch", "Selector does not match the pod template labels",
            Severity.ERROR, Language.KUBERNETES, KUBE_LINTER, KUBE_SCORE_DEPLOYMENT, KUBE_SCORE_STATEFULSET);

    static final String FIX_TITLE = "Add the label to the pod template";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            boolean plainMap = Kinds.isReplicationController(resource);
            if (!plainMap && !Kinds.isController(resource) && !Kinds.isJob(resource)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(resource);
            Optional<YamlMapping> template = spec.flatMap(s -> KubeYaml.mapping(s, "template"));
            Optional<YamlNode> written = spec.flatMap(s -> KubeYaml.get(s, "selector")).filter(n -> !n.isNull());
            if (template.isEmpty() || written.isEmpty()) {
                continue; // a missing selector is defaulted (RC, Job) or a missing-field error
            }
            Optional<LabelSelector> selector = plainMap ? LabelSelector.ofMap(written.get()) : LabelSelector.of(written.get());
            if (selector.isEmpty() || !selector.get().isComplete() || selector.get().isEmpty()) {
                continue;
            }
            Map<String, String> labels = templateLabels(template.get());
            for (LabelSelector.Requirement requirement : selector.get().unmatched(labels)) {
                report(context, resource, template.get(), labels, requirement);
            }
        }
    }

    private static Map<String, String> templateLabels(YamlMapping template) {
        return KubeYaml.mapping(template, "metadata").flatMap(m -> KubeYaml.mapping(m, "labels"))
                .map(StringMap::of).orElse(Map.of());
    }

    private void report(RuleContext<KubernetesFile> context, K8sResource resource, YamlMapping template,
            Map<String, String> labels, LabelSelector.Requirement requirement) {
        String rejects = "so the API server rejects the " + resource.kind();
        if (requirement instanceof LabelSelector.Equals equals) {
            String wanted = "\"" + equals.key() + ": " + equals.value() + "\"";
            String have = labels.get(equals.key());
            String message = have == null
                    ? "Selector label " + wanted + " is not among the pod template's labels, " + rejects
                    : "Selector label " + wanted + " does not match the pod template's label \"" + equals.key() + ": "
                            + have + "\", " + rejects;
            RuleContext<KubernetesFile>.Report report = context.report(equals.entry().range(), message)
                    .peers(peers(resource));
            if (have == null) {
                addLabelFix(context, resource, template, equals.entry()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
            }
            return;
        }
        LabelSelector.Expression expression = (LabelSelector.Expression) requirement;
        Range range = KubeYaml.entry(expression.item(), "key").map(YamlEntry::range).orElse(expression.item().range());
        String values = expression.values().isEmpty() ? ""
                : " (" + String.join(", ", expression.values()) + ")";
        context.report(range, "Selector expression \"" + expression.key() + " " + expression.operator().written() + values
                + "\" does not match the pod template's labels, " + rejects).peers(peers(resource));
    }

    private static Optional<TextEdit> addLabelFix(RuleContext<KubernetesFile> context,
            K8sResource resource, YamlMapping template, YamlEntry selectorEntry) {
        Optional<String> key = ScalarText.copyOf(selectorEntry.key());
        Optional<String> value = ScalarText.copyOf(selectorEntry.value());
        if (key.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(template, resource.root());
        return SnippetEdits.add(template, List.of("metadata", "labels"), key.get(), YamlSnippet.scalar(value.get()),
                context.document(), step);
    }

    private static PeerId[] peers(K8sResource resource) {
        if (Kinds.isDeployment(resource)) {
            return new PeerId[] {KUBE_LINTER, KUBE_SCORE_DEPLOYMENT};
        }
        if (Kinds.isStatefulSet(resource)) {
            return new PeerId[] {KUBE_LINTER, KUBE_SCORE_STATEFULSET};
        }
        return new PeerId[] {KUBE_LINTER};
    }
}
