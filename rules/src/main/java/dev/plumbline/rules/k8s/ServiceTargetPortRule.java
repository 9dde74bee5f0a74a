package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.K8sScope;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.ManifestFacts.PodFact;
import dev.plumbline.rules.k8s.support.ManifestFacts.Port;
import dev.plumbline.rules.k8s.support.ManifestFacts.Selector;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.LabelSelector;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named Service {@code targetPort} that the pods it selects do not declare: the name can never be
 * resolved, so no traffic arrives. Numbers are not judged: a container receives traffic on ports it
 * does not list (operator scaffolds serve metrics that way), so a differing number is not a defect
 * the manifests can prove. The fix writes the one port the selected pods declare, when there is
 * exactly one.
 */
public final class ServiceTargetPortRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/service-target-port", "Service targetPort not declared by its pods",
            Severity.WARNING, Language.KUBERNETES);

    static final String FIX_TITLE = "Use the port the selected pods declare";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<K8sScope> scope = K8sScope.of(context);
        if (scope.isEmpty()) {
            return;
        }
        for (K8sResource service : context.model().resources()) {
            if (!Kinds.isService(service)) {
                continue;
            }
            Optional<YamlMapping> spec = Kinds.spec(service);
            Optional<LabelSelector> selector = spec.flatMap(s -> KubeYaml.get(s, "selector")).flatMap(LabelSelector::ofMap)
                    .filter(s -> !s.isEmpty() && s.isComplete());
            if (selector.isEmpty()) {
                continue;
            }
            Selector wanted = Selector.of(selector.get());
            String namespace = service.namespace().orElse("");
            List<PodFact> pods = scope.get().podTemplates().stream()
                    .filter(p -> K8sScope.sameNamespace(namespace, p.object().namespace()))
                    .map(p -> p.object().pod().orElseThrow())
                    .filter(p -> wanted.matches(p.labels()))
                    .toList();
            if (pods.isEmpty()) {
                continue; // dangling-service's finding
            }
            for (YamlNode item : spec.flatMap(s -> KubeYaml.get(s, "ports")).flatMap(YamlNode::asSequence)
                    .map(s -> s.items()).orElse(List.of())) {
                item.asMapping().flatMap(m -> KubeYaml.get(m, "targetPort")).flatMap(YamlNode::asScalar)
                        .filter(s -> !s.isNull() && !s.value().isEmpty())
                        .ifPresent(target -> check(context, service, target, pods));
            }
        }
    }

    private static void check(RuleContext<KubernetesFile> context, K8sResource service, YamlScalar target,
            List<PodFact> pods) {
        String written = target.value();
        if (KubeYaml.integerOf(target).isPresent() || pods.stream().anyMatch(p -> p.declares(written))) {
            return;
        }
        Set<Port> declared = new LinkedHashSet<>();
        pods.forEach(p -> declared.addAll(p.ports()));
        String message = service.describe() + " targets the named port \"" + written + "\", which no container of"
                + " the pods it selects declares, so no traffic ever arrives";
        RuleContext<KubernetesFile>.Report report = context.report(target.range(), message);
        if (declared.size() == 1) {
            Port port = declared.iterator().next();
            String replacement = port.name().isEmpty() ? String.valueOf(port.number()) : port.name();
            if (!replacement.equals("-1")) {
                report.fix(FIX_TITLE + " (" + replacement + ")", new TextEdit(target.range(), replacement));
            }
        }
    }
}
