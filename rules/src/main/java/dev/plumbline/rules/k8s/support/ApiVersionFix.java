package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Fix;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.schema.ApiKind;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.SchemaIssue;
import dev.plumbline.syntax.k8s.schema.SchemaValidation;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moves a resource to another apiVersion of its kind, but only when the object already fits the new
 * version's schema, so the fix never trades one error for others. The one difference it bridges:
 * workloads of {@code extensions/v1beta1} and {@code apps/v1beta*} defaulted their selector to the
 * pod template's labels, while {@code apps/v1} requires it; the fix writes it from those labels.
 */
public final class ApiVersionFix {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "DaemonSet", "ReplicaSet", "StatefulSet");

    private ApiVersionFix() {
    }

    /** "Use apps/v1": the edits, when the resource fits {@code apiVersion} once they are applied. */
    public static Optional<Fix> to(K8sResource resource, String apiVersion, TextDocument document) {
        Optional<ApiKind> target = K8sSchema.builtin().kind(apiVersion, resource.kind());
        Optional<YamlEntry> entry = resource.root().entry("apiVersion");
        if (target.isEmpty() || entry.isEmpty()) {
            return Optional.empty();
        }
        List<SchemaIssue> issues = SchemaValidation.check(resource, target.get());
        boolean needsSelector = false;
        for (SchemaIssue issue : issues) {
            if (issue.kind() == SchemaIssue.Kind.MISSING_REQUIRED && issue.field().equals("selector")
                    && WORKLOADS.contains(resource.kind())) {
                needsSelector = true;
            } else {
                return Optional.empty();
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        ScalarEdits.replace(entry.get().value(), apiVersion).ifPresent(edits::add);
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        if (needsSelector) {
            Optional<TextEdit> selector = selectorFromTemplateLabels(resource, document);
            if (selector.isEmpty()) {
                return Optional.empty();
            }
            edits.add(selector.get());
        }
        return Optional.of(Fix.of("Use " + apiVersion, edits.toArray(TextEdit[]::new)));
    }

    /** {@code selector: {matchLabels: <the pod template's labels, as written>}} added to the spec. */
    private static Optional<TextEdit> selectorFromTemplateLabels(K8sResource resource, TextDocument document) {
        Optional<YamlMapping> spec = resource.root().get("spec").flatMap(n -> n instanceof YamlMapping m
                ? Optional.of(m) : Optional.empty());
        Optional<YamlMapping> labels = spec.flatMap(s -> KubeYaml.mapping(s, "template"))
                .flatMap(t -> KubeYaml.mapping(t, "metadata")).flatMap(m -> KubeYaml.mapping(m, "labels"));
        if (spec.isEmpty() || labels.isEmpty() || labels.get().isEmpty()) {
            return Optional.empty();
        }
        List<NewEntry> matchLabels = new ArrayList<>();
        for (YamlEntry label : labels.get().withMerges().entries()) {
            if (!(label.key() instanceof YamlScalar key) || !(label.value() instanceof YamlScalar value)
                    || key.style().isBlock() || value.style().isBlock() || value.isEmpty()) {
                return Optional.empty();
            }
            matchLabels.add(NewEntry.scalar(key.sourceText(), value.sourceText()));
        }
        NewEntry selector = NewEntry.mapping("selector", NewEntry.mapping("matchLabels",
                matchLabels.toArray(NewEntry[]::new)));
        return MappingEdits.append(spec.get(), List.of(selector), document, MappingEdits.indentStep(resource.root()));
    }
}
