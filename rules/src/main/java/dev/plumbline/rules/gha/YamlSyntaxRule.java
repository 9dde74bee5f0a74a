package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlProblem;

/**
 * YAML that GitHub cannot load: syntax errors, aliases without an anchor or inside their own anchor,
 * and the alias-expansion and nesting bounds. Duplicate keys are {@link DuplicateKeyRule}'s.
 */
public final class YamlSyntaxRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/yaml-syntax", "Workflow YAML cannot be parsed", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (YamlProblem problem : context.model().yaml().problems()) {
            if (problem.kind() != YamlProblem.Kind.DUPLICATE_KEY) {
                context.report(problem.range(), problem.message());
            }
        }
    }
}
