package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kustomization fields deprecated in kustomize v5: {@code bases}, {@code patchesStrategicMerge},
 * {@code patchesJson6902}, {@code commonLabels} and {@code vars}. The fix renames {@code bases} to
 * {@code resources}, and turns {@code patchesStrategicMerge} file entries into {@code patches} with
 * {@code path:}, when the kustomization has no {@code resources} / {@code patches} yet.
 */
public final class KustomizeDeprecatedFieldRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/kustomize-deprecated-field", "Deprecated kustomization field",
            Severity.INFORMATION, Language.KUBERNETES);

    static final String BASES_FIX = "Move bases into resources";
    static final String PATCHES_FIX = "Move patchesStrategicMerge into patches";

    private static final Map<String, String> REPLACEMENTS = Map.of(
            "bases", "list them under resources",
            "patchesStrategicMerge", "use patches with path: entries",
            "patchesJson6902", "use patches with path: and target:",
            "commonLabels", "use labels with includeSelectors: true",
            "vars", "use replacements");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (K8sResource resource : context.model().resources()) {
            if (!resource.isKustomization()) {
                continue;
            }
            for (YamlEntry entry : resource.root().entries()) {
                Optional<String> key = entry.keyText();
                if (key.isEmpty() || !REPLACEMENTS.containsKey(key.get())) {
                    continue;
                }
                RuleContext<KubernetesFile>.Report report = context.report(entry.key().range(), "\"" + key.get()
                        + "\" is deprecated since kustomize v5; " + REPLACEMENTS.get(key.get()));
                boolean hasResources = KubeYaml.get(resource.root(), "resources").isPresent();
                boolean hasPatches = KubeYaml.get(resource.root(), "patches").isPresent();
                if (key.get().equals("bases") && !hasResources) {
                    report.fix(BASES_FIX, new TextEdit(entry.key().range(), "resources"));
                } else if (key.get().equals("patchesStrategicMerge") && !hasPatches) {
                    patchesEdits(entry).ifPresent(edits -> report.fix(PATCHES_FIX, edits.toArray(TextEdit[]::new)));
                }
            }
        }
    }

    /** {@code patchesStrategicMerge: [- a.yaml]} → {@code patches: [- path: a.yaml]}, for block lists of file names. */
    private static Optional<List<TextEdit>> patchesEdits(YamlEntry entry) {
        Optional<YamlSequence> items = entry.value().asSequence();
        if (items.isEmpty() || items.get().items().isEmpty() || entry.value() != items.get()) {
            return Optional.empty();
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(entry.key().range(), "patches"));
        for (YamlNode item : items.get().items()) {
            Optional<YamlScalar> scalar = item.asScalar().filter(s -> item == s);
            if (scalar.isEmpty() || scalar.get().value().contains("\n") || scalar.get().sourceText().contains("\n")
                    || scalar.get().value().isBlank()) {
                return Optional.empty();
            }
            edits.add(new TextEdit(dev.plumbline.text.Range.of(scalar.get().range().start().line(),
                    scalar.get().range().start().character(), scalar.get().range().start().line(),
                    scalar.get().range().start().character()), "path: "));
        }
        if (items.get().sourceText().startsWith("[")) {
            return Optional.empty(); // flow lists would need braces around each entry
        }
        return Optional.of(edits);
    }
}
