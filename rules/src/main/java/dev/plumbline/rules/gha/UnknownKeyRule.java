package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.SchemaFindings;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.gha.schema.SchemaType;

/**
 * A key the schema does not allow where it stands: a typo, the wrong case, or a key of a job that
 * runs steps on a job that calls a reusable workflow. Places another rule owns ({@code on:},
 * {@code permissions:}, action metadata outside its steps) are left to it.
 */
public final class UnknownKeyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/unknown-key", "Key not allowed here", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        SchemaType callJob = GhaSchema.get().type("call-job").orElseThrow();
        SchemaType stepJob = GhaSchema.get().type("step-job").orElseThrow();
        for (SchemaProblem problem : context.model().schemaProblems()) {
            if (problem.kind() != SchemaProblem.Kind.UNKNOWN_KEY || !problem.isGeneric()) {
                continue;
            }
            if (problem.type() == callJob && stepJob.property(problem.key()).isPresent()) {
                context.report(problem.range(), "Key \"" + problem.key()
                        + "\" is not allowed on a job that calls a reusable workflow; the called workflow's jobs set it");
                continue;
            }
            SchemaFindings.report(context, problem);
        }
    }
}
