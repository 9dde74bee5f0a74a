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
 * A value outside the allowed set of its field: the curated enums of built-in kinds
 * ({@code restartPolicy}, {@code imagePullPolicy}, {@code protocol}, Service {@code type}, ...) and the
 * {@code enum}s of CRD schemas.
 */
public final class InvalidEnumValueRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/invalid-enum-value", "Value is not one of the allowed values",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "schema-validation"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (SchemaIssue issue : WorkspaceCrds.validation(context).issues(SchemaIssue.Kind.INVALID_ENUM)) {
            RuleContext<KubernetesFile>.Report report = context.report(issue.range(), issue.message());
            for (String suggestion : issue.suggestions()) {
                issue.node().flatMap(value -> ScalarEdits.replace(value, suggestion))
                        .ifPresent(edit -> report.fix("Replace with \"" + suggestion + "\"", edit));
            }
        }
    }
}
