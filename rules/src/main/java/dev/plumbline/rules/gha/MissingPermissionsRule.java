package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Permissions;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.Position;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A workflow without top-level {@code permissions:} in which some job sets none either: those jobs
 * get the repository's default {@code GITHUB_TOKEN} scopes, which in many repositories (and all
 * created before 2023) mean write access to contents, packages, pull requests and more. Workflows
 * that only run as reusable workflows are exempt: their caller decides. The finding sits on
 * {@code jobs:}; the fix declares {@code contents: read} at the top.
 */
public final class MissingPermissionsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/missing-permissions", "Workflow token permissions not declared",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "excessive-permissions"));

    static final String FIX_TITLE = "Add top-level permissions: contents: read";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Workflow> workflow = context.model().workflow();
        if (workflow.isEmpty() || workflow.get().mapping().has("permissions")
                || Permissions.onlyWorkflowCall(workflow.get())) {
            return;
        }
        Optional<YamlEntry> jobs = workflow.get().jobsEntry();
        List<Job> open = workflow.get().jobs().stream()
                .filter(job -> job.mapping().map(m -> !m.has("permissions")).orElse(false))
                .toList();
        if (jobs.isEmpty() || open.isEmpty()) {
            return;
        }
        String names = open.stream().limit(3).map(j -> "\"" + j.id() + "\"").collect(Collectors.joining(", "))
                + (open.size() > 3 ? " and " + (open.size() - 3) + " more" : "");
        RuleContext<WorkflowFile>.Report report = context.report(jobs.get().key().range(),
                "The workflow declares no top-level \"permissions:\" and " + (open.size() == 1 ? "job " + names
                        + " sets none" : "jobs " + names + " set none") + ", so the repository's default token scopes"
                        + " apply (often write access to everything); declare what the workflow needs");
        insertion(workflow.get(), jobs.get(), context.document()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
    }

    /** {@code permissions:} with {@code contents: read}, inserted on its own lines just before {@code jobs:}. */
    private static Optional<TextEdit> insertion(Workflow workflow, YamlEntry jobs, TextDocument document) {
        if (workflow.mapping().isFlow()) {
            return Optional.empty();
        }
        Position key = jobs.key().fullRange().start();
        String before = document.lineText(key.line()).substring(0, key.character());
        if (!before.isBlank()) {
            return Optional.empty();
        }
        int step = MappingEdits.indentStep(workflow.mapping());
        String separator = document.lineSeparator();
        String text = before + "permissions:" + separator + before + " ".repeat(step) + "contents: read" + separator;
        return Optional.of(TextEdit.insert(new Position(key.line(), 0), text));
    }
}
