package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.SchemaProblem;

/**
 * A value of the wrong shape or kind, or outside its allowed values: {@code timeout-minutes: two},
 * {@code fail-fast: off}, a mapping where a string goes. {@code ${{ }}} is accepted wherever the key
 * takes expressions. Places another rule owns are left to it.
 */
public final class WrongTypeRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/wrong-type", "Value of the wrong type", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (SchemaProblem problem : context.model().schemaProblems()) {
            if (problem.kind() == SchemaProblem.Kind.WRONG_TYPE && problem.isGeneric()) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
