package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pod that gets a service account token mounted: it does not set
 * {@code automountServiceAccountToken: false}, and neither does its ServiceAccount when that is
 * defined in the same file (other files are not looked at yet). Off by default.
 */
public final class AutomountServiceAccountTokenRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/automount-service-account-token",
            "Pod mounts a service account token", Severity.INFORMATION, Language.KUBERNETES,
            PeerId.of(PeerId.POLARIS, "automountServiceAccountToken")).offByDefault();

    static final String FIELD = "automountServiceAccountToken";
    static final String FIX_TITLE = "Set automountServiceAccountToken: false";
    private static final String CONSEQUENCE = "so anything running in it can call the Kubernetes API with the"
            + " service account's permissions";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Set<String> disabled = accountsWithoutToken(context.model());
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlEntry> own = pod.entry(FIELD).filter(e -> !e.value().isNull());
            if (own.isPresent()) {
                if (KubeYaml.isFalse(own.get().value())) {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(own.get().value().range(),
                        pod.resource().describe() + " sets " + FIELD + " to " + own.get().value().sourceText().strip()
                                + ", " + CONSEQUENCE);
                if (pod.mapping().entries().contains(own.get())
                        && pod.specEntry().map(e -> e.value() == pod.mapping()).orElse(false)) {
                    MappingEdits.setValue(own.get(), "false", context.document())
                            .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
                continue;
            }
            String account = accountName(pod);
            if (disabled.contains(key(pod.resource().namespace(), account)) || Patches.isPatchFile(context)) {
                continue;
            }
            RuleContext<KubernetesFile>.Report report = context.report(pod.ownerRange(), pod.resource().describe()
                    + " gets the token of service account \"" + account + "\" mounted, " + CONSEQUENCE);
            SpecEdits.merge(pod, List.of(NewEntry.scalar(FIELD, "false")), context.document())
                    .ifPresent(edits -> report.fix(new Fix(FIX_TITLE, edits)));
        }
    }

    private static String accountName(PodSpec pod) {
        return pod.get("serviceAccountName").or(() -> pod.get("serviceAccount")).flatMap(YamlNode::asText)
                .filter(n -> !n.isEmpty()).orElse("default");
    }

    /** The ServiceAccounts of this file (namespace and name) that set the field to false; the last definition wins. */
    private static Set<String> accountsWithoutToken(KubernetesFile file) {
        Set<String> out = new HashSet<>();
        for (K8sResource resource : file.resources()) {
            if (resource.kind().equals("ServiceAccount") && resource.group().isEmpty() && resource.name().isPresent()) {
                String key = key(resource.namespace(), resource.name().get());
                if (KubeYaml.get(resource.root(), FIELD).map(KubeYaml::isFalse).orElse(false)) {
                    out.add(key);
                } else {
                    out.remove(key);
                }
            }
        }
        return out;
    }

    private static String key(Optional<String> namespace, String name) {
        return namespace.orElse("") + "/" + name;
    }
}
