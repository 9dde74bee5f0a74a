package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Permissions;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Token permissions broader than any one job needs: {@code write-all} or {@code read-all} (on the
 * workflow: when a job inherits it), and write scopes granted at workflow level when two or more
 * jobs inherit them (jobs that set their own {@code permissions:} do not).
 */
public final class ExcessivePermissionsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/excessive-permissions", "Token permissions broader than needed",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "excessive-permissions"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Workflow> workflow = context.model().workflow();
        if (workflow.isEmpty()) {
            return;
        }
        boolean inherited = workflow.get().jobs().stream()
                .anyMatch(job -> job.mapping().map(m -> !m.has("permissions")).orElse(true));
        for (Permissions.Declaration declaration : Permissions.of(workflow.get())) {
            if (declaration.job() == null && !inherited) {
                continue; // every job sets its own: the workflow's value reaches none
            }
            Optional<YamlScalar> shorthand = declaration.value().asScalar().filter(s -> !s.isNull());
            if (shorthand.isPresent()) {
                String value = shorthand.get().value().trim();
                if (value.equals("write-all")) {
                    context.report(shorthand.get().range(), "\"permissions: write-all\" in " + declaration.owner()
                            + " gives the token write access to every scope; grant only the scopes the job needs");
                } else if (value.equals("read-all")) {
                    context.report(shorthand.get().range(), "\"permissions: read-all\" in " + declaration.owner()
                            + " gives the token read access to every scope, private ones included; grant only the"
                            + " scopes the job needs (contents: read)");
                }
            }
        }
        workflowWrites(context, workflow.get());
    }

    /** Write scopes at workflow level that several jobs inherit. */
    private static void workflowWrites(RuleContext<WorkflowFile> context, Workflow workflow) {
        Optional<YamlMapping> scopes = workflow.permissions().flatMap(n -> n.asMapping());
        if (scopes.isEmpty()) {
            return;
        }
        List<Job> inheriting = workflow.jobs().stream()
                .filter(job -> job.mapping().map(m -> !m.has("permissions")).orElse(true))
                .toList();
        if (inheriting.size() < 2) {
            return;
        }
        String jobs = inheriting.stream().limit(4).map(Job::id).collect(Collectors.joining(", "))
                + (inheriting.size() > 4 ? ", …" : "");
        for (YamlEntry entry : scopes.get().entries()) {
            Optional<YamlScalar> level = entry.value().asScalar();
            if (level.isPresent() && level.get().value().trim().equals("write")) {
                String scope = entry.keyText().orElse("?");
                context.report(level.get().range(), "\"" + scope + ": write\" at workflow level is granted to all "
                        + inheriting.size() + " jobs that set no permissions of their own (" + jobs + "); grant it"
                        + " only in the job that needs it");
            }
        }
    }
}
