package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code GITHUB_TOKEN} permission scopes and levels GitHub accepts, and where a workflow sets them. */
public final class Permissions {

    /** Each scope with the levels it accepts, in GitHub's documented order. */
    public static final Map<String, Set<String>> SCOPES;

    static {
        Map<String, Set<String>> scopes = new LinkedHashMap<>();
        Set<String> all = Set.of("read", "write", "none");
        for (String scope : List.of("actions", "artifact-metadata", "attestations", "checks", "code-quality", "contents",
                "deployments", "discussions")) {
            scopes.put(scope, all);
        }
        scopes.put("id-token", Set.of("write", "none"));
        scopes.put("issues", all);
        scopes.put("models", Set.of("read", "none"));
        for (String scope : List.of("packages", "pages", "pull-requests", "repository-projects", "security-events",
                "statuses")) {
            scopes.put(scope, all);
        }
        SCOPES = java.util.Collections.unmodifiableMap(scopes);
    }

    public static final Set<String> SHORTHANDS = Set.of("read-all", "write-all");

    /**
     * One {@code permissions:} entry.
     *
     * @param entry the {@code permissions: …} entry
     * @param job the job that sets it, or null for the workflow's
     */
    public record Declaration(YamlEntry entry, Job job) {

        public YamlNode value() {
            return entry.value();
        }

        /** {@code the workflow} or {@code job "build"}. */
        public String owner() {
            return job == null ? "the workflow" : "job \"" + job.id() + "\"";
        }
    }

    private Permissions() {
    }

    /** Every {@code permissions:} of the workflow and its jobs, in document order. */
    public static List<Declaration> of(Workflow workflow) {
        List<Declaration> out = new ArrayList<>();
        workflow.mapping().entry("permissions").ifPresent(e -> out.add(new Declaration(e, null)));
        for (Job job : workflow.jobs()) {
            job.mapping().flatMap(m -> m.entry("permissions")).ifPresent(e -> out.add(new Declaration(e, job)));
        }
        return out;
    }

    /** True when the workflow runs only as a reusable workflow ({@code on: workflow_call} and nothing else). */
    public static boolean onlyWorkflowCall(Workflow workflow) {
        Set<String> events = Triggers.events(workflow);
        return !events.isEmpty() && events.stream().allMatch("workflow_call"::equals);
    }
}
