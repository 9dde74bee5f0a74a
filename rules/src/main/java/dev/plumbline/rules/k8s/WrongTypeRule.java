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
 * A value of the wrong type for its field, as kubectl reads YAML (YAML 1.1): a string where an
 * integer goes, a list where a mapping goes, {@code yes}, {@code on}, {@code 1.0} or {@code 0755}
 * where a string goes, a quantity such as {@code 512mb}, data that is not base64.
 */
public final class WrongTypeRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/wrong-type", "Value has the wrong type for its field",
            Severity.ERROR, Language.KUBERNETES, PeerId.of(PeerId.KUBE_LINTER, "schema-validation"));
    static final String QUOTE = "Quote the value";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (SchemaIssue issue : WorkspaceCrds.validation(context).issues(SchemaIssue.Kind.WRONG_TYPE)) {
            RuleContext<KubernetesFile>.Report report = context.report(issue.range(), issue.message());
            if (issue.suggestions().contains("quote")) {
                issue.node().flatMap(ScalarEdits::quote).ifPresent(edit -> report.fix(QUOTE, edit));
            }
        }
    }
}
