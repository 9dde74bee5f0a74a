package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Kinds;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.RemoveEdits;
import dev.plumbline.rules.k8s.support.ScalarText;
import dev.plumbline.rules.k8s.support.SnippetEdits;
import dev.plumbline.rules.k8s.support.YamlSnippet;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An annotation that a field has replaced, on an object or its pod template: the Ingress class
 * annotation ({@code spec.ingressClassName}), the seccomp and AppArmor annotations
 * ({@code securityContext.seccompProfile}, {@code securityContext.appArmorProfile}) and the
 * critical-pod annotation ({@code priorityClassName}). Current clusters ignore some of them, so the
 * setting silently does nothing. The Ingress class moves into the field with a fix.
 */
public final class DeprecatedAnnotationRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/deprecated-annotation", "Annotation is superseded by a field",
            Severity.INFORMATION, Language.KUBERNETES);

    static final String FIX_TITLE = "Move the class into spec.ingressClassName";
    static final String INGRESS_CLASS = "kubernetes.io/ingress.class";
    private static final String SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
    private static final String APPARMOR = "container.apparmor.security.beta.kubernetes.io/";
    private static final String CRITICAL_POD = "scheduler.alpha.kubernetes.io/critical-pod";
    private static final Set<String> INGRESS_GROUPS = Set.of("networking.k8s.io", "extensions");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            List<YamlMapping> metadatas = new ArrayList<>();
            resource.metadata().ifPresent(metadatas::add);
            resource.podSpec().flatMap(PodSpec::templateMetadata)
                    .filter(m -> metadatas.stream().noneMatch(other -> other == m)).ifPresent(metadatas::add);
            for (YamlMapping metadata : metadatas) {
                Optional<YamlMapping> annotations = KubeYaml.mapping(metadata, "annotations");
                for (YamlEntry entry : annotations.map(a -> a.withMerges().entries()).orElse(List.of())) {
                    entry.keyText().ifPresent(key -> check(context, resource, annotations.get(), entry, key));
                }
            }
        }
    }

    private void check(RuleContext<KubernetesFile> context, K8sResource resource, YamlMapping annotations,
            YamlEntry entry, String key) {
        if (key.equals(INGRESS_CLASS) && Kinds.is(resource, "Ingress", INGRESS_GROUPS)) {
            RuleContext<KubernetesFile>.Report report = context.report(entry.key().range(), "Annotation \"" + key
                    + "\" is deprecated; set spec.ingressClassName (Kubernetes 1.18+) instead");
            ingressFix(context, resource, annotations, entry).ifPresent(edits -> report.fix(FIX_TITLE,
                    edits.toArray(TextEdit[]::new)));
        } else if (key.equals(SECCOMP_POD) || key.startsWith(SECCOMP_CONTAINER)) {
            context.report(entry.key().range(), "Annotation \"" + key + "\" is superseded by"
                    + " securityContext.seccompProfile (Kubernetes 1.19), and current clusters no longer apply it");
        } else if (key.startsWith(APPARMOR)) {
            context.report(entry.key().range(), "Annotation \"" + key + "\" is superseded by"
                    + " securityContext.appArmorProfile (Kubernetes 1.30)");
        } else if (key.equals(CRITICAL_POD)) {
            context.report(entry.key().range(), "Annotation \"" + key + "\" has had no effect since Kubernetes 1.16;"
                    + " give the pod a priorityClassName such as system-cluster-critical");
        }
    }

    /** Deletes the annotation and adds {@code ingressClassName} to the spec (when the spec has none). */
    private static Optional<List<TextEdit>> ingressFix(RuleContext<KubernetesFile> context, K8sResource ingress,
            YamlMapping annotations, YamlEntry entry) {
        Optional<YamlMapping> spec = Kinds.spec(ingress);
        Optional<String> value = ScalarText.copyOf(entry.value()).filter(v -> !entry.value().isNull());
        if (spec.isEmpty() || value.isEmpty() || KubeYaml.entry(spec.get(), "ingressClassName").isPresent()
                || !ingress.group().equals("networking.k8s.io") || !ingress.version().equals("v1")) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(spec.get(), ingress.root());
        Optional<TextEdit> remove = RemoveEdits.removeEntry(annotations, entry, context.document());
        Optional<TextEdit> add = SnippetEdits.add(spec.get(), List.of(), "ingressClassName",
                YamlSnippet.scalar(value.get()), context.document(), step);
        if (remove.isEmpty() || add.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(remove.get(), add.get()));
    }
}
