package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.Patches;
import dev.plumbline.rules.k8s.support.WorkspaceCrds;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.SchemaIssue;

/**
 * A field the API server requires is absent or empty: the OpenAPI required sets, plus what validation
 * demands beyond them (metadata.name or generateName, a container's image, a ReplicaSet's template).
 * Kustomize patch files and test assert files hold partial objects and are exempt.
 */
public final class MissingRequiredFieldRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/missing-required-field", "Required field is missing",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "schema-validation"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        // a kustomize patch holds only what it changes: by its name, or because a kustomization applies it
        if (Patches.isPatchFile(context)) {
            return;
        }
        for (SchemaIssue issue : WorkspaceCrds.validation(context).issues(SchemaIssue.Kind.MISSING_REQUIRED)) {
            context.report(issue.range(), issue.message());
        }
    }
}
