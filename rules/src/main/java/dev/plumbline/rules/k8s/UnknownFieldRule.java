package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.ScalarEdits;
import dev.plumbline.rules.k8s.support.WorkspaceCrds;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.SchemaIssue;

/**
 * A key the schema of the resource's apiVersion/kind lacks at that place (a typo, a wrong level, a
 * pod-level {@code allowPrivilegeEscalation}). Custom resources are checked only against a CRD
 * schema found in the workspace; kinds nobody defines are not judged.
 */
public final class UnknownFieldRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/unknown-field", "Field is not in the Kubernetes schema",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "schema-validation"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (SchemaIssue issue : WorkspaceCrds.validation(context).issues(SchemaIssue.Kind.UNKNOWN_FIELD)) {
            RuleContext<KubernetesFile>.Report report = context.report(issue.range(), issue.message());
            for (String suggestion : issue.suggestions()) {
                issue.node().flatMap(key -> ScalarEdits.replace(key, suggestion))
                        .ifPresent(edit -> report.fix("Rename to \"" + suggestion + "\"", edit));
            }
        }
    }
}
