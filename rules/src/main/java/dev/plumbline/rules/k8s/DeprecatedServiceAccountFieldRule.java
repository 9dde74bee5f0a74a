package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.RemovalEdits;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * A pod spec that uses the deprecated {@code serviceAccount} key. The fix renames it to
 * {@code serviceAccountName}, or removes it when {@code serviceAccountName} is set too (that one wins).
 */
public final class DeprecatedServiceAccountFieldRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/deprecated-service-account-field",
            "Pod spec uses the deprecated serviceAccount field", Severity.WARNING, Language.KUBERNETES,
            PeerId.of(PeerId.KUBE_LINTER, "deprecated-service-account-field"));

    static final String RENAME_TITLE = "Rename to serviceAccountName";
    static final String REMOVE_TITLE = "Remove the deprecated serviceAccount (serviceAccountName is set)";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            Optional<YamlEntry> deprecated = pod.entry("serviceAccount");
            if (deprecated.isEmpty()) {
                continue;
            }
            boolean hasName = pod.entry("serviceAccountName").filter(e -> !e.value().isNull()).isPresent();
            RuleContext<KubernetesFile>.Report report = context.report(deprecated.get().key().range(),
                    "serviceAccount is a deprecated alias of serviceAccountName"
                            + (hasName ? ", which this pod spec also sets; remove it" : "; use serviceAccountName"));
            boolean own = pod.mapping().entries().contains(deprecated.get())
                    && pod.specEntry().map(e -> e.value() == pod.mapping()).orElse(false);
            if (!own) {
                continue;
            }
            if (hasName) {
                RemovalEdits.removeEntry(pod.mapping(), deprecated.get(), context.document())
                        .ifPresent(edit -> report.fix(REMOVE_TITLE, edit));
            } else if (deprecated.get().key() instanceof YamlScalar key && key.tag().isEmpty()
                    && key.anchor().isEmpty()) {
                report.fix(RENAME_TITLE, new TextEdit(key.range(), "serviceAccountName"));
            }
        }
    }
}
