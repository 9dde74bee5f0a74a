package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.RepositoryFacts.WorkflowName;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code on.workflow_run.workflows} entry that names no workflow of this repository: the trigger
 * then never fires. A workflow is named by its {@code name:}, or by its path when it has none.
 * Needs the workspace index; quiet without it, and when the repository has no other workflow.
 */
public final class WorkflowRunUnknownWorkflowRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/workflow-run-unknown-workflow", "workflow_run names an unknown workflow",
            Severity.WARNING, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        Optional<Trigger> trigger = context.model().workflow().flatMap(w -> w.trigger("workflow_run"));
        if (index.isEmpty() || trigger.isEmpty() || context.model().isAction()) {
            return;
        }
        Optional<YamlNode> workflows = trigger.get().settingsMapping().flatMap(m -> m.get("workflows"));
        if (workflows.isEmpty()) {
            return;
        }
        Map<String, WorkflowName> all = index.get().all(WorkflowName.class);
        Set<String> names = new LinkedHashSet<>();
        all.forEach((path, facts) -> {
            if (path.startsWith(".github/workflows/")) {
                names.add(facts.name().orElse(path));
            }
        });
        if (names.size() < 2) {
            return;
        }
        for (YamlScalar entry : Scalars.of(workflows.get())) {
            String value = entry.value();
            if (value.isBlank() || Scalars.hasExpression(entry) || value.contains("*") || names.contains(value)) {
                continue;
            }
            Optional<String> nearest = NearestName.of(value, names);
            var report = context.report(entry.range(), "No workflow of this repository is named \"" + value
                    + "\", so this workflow_run trigger never fires" + nearest.map(n -> "; did you mean \"" + n + "\"?")
                    .orElse(""));
            if (nearest.isPresent() && (entry.isPlain() || entry.style().isQuoted())
                    && context.document().textOf(entry.range()).replaceAll("^['\"]|['\"]$", "").equals(value)) {
                String replacement = entry.isPlain() ? dev.plumbline.rules.gha.support.StepEnvEdits.yamlScalar(
                        nearest.get(), workflows.get().asSequence().map(s -> s.isFlow()).orElse(false))
                        : context.document().textOf(entry.range()).charAt(0) + nearest.get()
                                + context.document().textOf(entry.range()).charAt(0);
                report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(entry.range(), replacement));
            }
        }
    }
}
