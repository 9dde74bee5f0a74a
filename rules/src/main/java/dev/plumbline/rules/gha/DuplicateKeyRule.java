package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlProblem;

/** The same key twice in one mapping: GitHub rejects the workflow. The finding sits on the repeated key. */
public final class DuplicateKeyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/duplicate-key", "Key appears twice in one mapping", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (YamlProblem problem : context.model().yaml().problems()) {
            if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
