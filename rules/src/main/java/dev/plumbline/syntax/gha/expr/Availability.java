package dev.plumbline.syntax.gha.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which contexts and special functions each workflow key may use, from GitHub's "context
 * availability" table. Keys are written as GitHub does: {@code jobs.<job_id>.steps.run}. A key not
 * in the table ({@link #of} is empty) is not checked.
 *
 * @param key the workflow key
 * @param contexts the contexts that may be used there
 * @param functions the special functions ({@code hashFiles}, the status functions) that may be called there, lower case
 */
public record Availability(String key, Set<String> contexts, Set<String> functions) {

    private static final Set<String> STATUS = Set.of("always", "cancelled", "failure", "success");
    private static final Map<String, Availability> TABLE = new HashMap<>();

    static {
        Set<String> stepContexts = Set.of("env", "github", "inputs", "job", "matrix", "needs", "runner", "secrets",
                "steps", "strategy", "vars");
        Set<String> jobContexts = Set.of("github", "inputs", "matrix", "needs", "strategy", "vars");
        put(Set.of("env", "github", "inputs", "job", "matrix", "needs", "runner", "secrets", "steps", "strategy",
                "vars"), Set.of(), "jobs.<job_id>.outputs.<output_id>");
        put(stepContexts, Set.of("hashfiles"), "jobs.<job_id>.steps.continue-on-error", "jobs.<job_id>.steps.env",
                "jobs.<job_id>.steps.name", "jobs.<job_id>.steps.run", "jobs.<job_id>.steps.timeout-minutes",
                "jobs.<job_id>.steps.with", "jobs.<job_id>.steps.working-directory");
        put(Set.of("env", "github", "inputs", "job", "matrix", "needs", "runner", "secrets", "strategy", "vars"),
                Set.of(), "jobs.<job_id>.container.env.<env_id>", "jobs.<job_id>.services.<service_id>.env.<env_id>");
        put(Set.of("env", "github", "inputs", "job", "matrix", "needs", "runner", "steps", "strategy", "vars"),
                Set.of(), "jobs.<job_id>.environment.url");
        put(Set.of("env", "github", "inputs", "job", "matrix", "needs", "runner", "steps", "strategy", "vars"),
                Set.of("always", "cancelled", "failure", "hashfiles", "success"), "jobs.<job_id>.steps.if");
        put(Set.of("env", "github", "inputs", "matrix", "needs", "secrets", "strategy", "vars"), Set.of(),
                "jobs.<job_id>.container.credentials", "jobs.<job_id>.services.<service_id>.credentials");
        put(Set.of("env", "github", "inputs", "matrix", "needs", "strategy", "vars"), Set.of(),
                "jobs.<job_id>.defaults.run");
        put(Set.of("github", "inputs", "jobs", "vars"), Set.of(), "on.workflow_call.outputs.<output_id>.value");
        put(Set.of("github", "inputs", "matrix", "needs", "secrets", "strategy", "vars"), Set.of(),
                "jobs.<job_id>.env", "jobs.<job_id>.secrets.<secrets_id>");
        put(jobContexts, Set.of(), "jobs.<job_id>.concurrency", "jobs.<job_id>.container",
                "jobs.<job_id>.container.image", "jobs.<job_id>.continue-on-error", "jobs.<job_id>.environment",
                "jobs.<job_id>.name", "jobs.<job_id>.runs-on", "jobs.<job_id>.services", "jobs.<job_id>.timeout-minutes",
                "jobs.<job_id>.with.<with_id>");
        put(Set.of("github", "inputs", "needs", "vars"), Set.of(), "jobs.<job_id>.strategy");
        put(Set.of("github", "inputs", "needs", "vars"), STATUS, "jobs.<job_id>.if");
        put(Set.of("github", "inputs", "secrets", "vars"), Set.of(), "env");
        put(Set.of("github", "inputs", "vars"), Set.of(), "concurrency", "on.workflow_call.inputs.<inputs_id>.default",
                "run-name");
    }

    private static void put(Set<String> contexts, Set<String> functions, String... keys) {
        for (String key : keys) {
            TABLE.put(key, new Availability(key, contexts, functions));
        }
    }

    /** The availability of a workflow key; empty for keys the table does not list. */
    public static Optional<Availability> of(String key) {
        return Optional.ofNullable(TABLE.get(key));
    }

    public boolean allowsContext(String name) {
        return contexts.contains(name.toLowerCase(Locale.ROOT));
    }

    public boolean allowsFunction(String name) {
        return functions.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The available contexts in GitHub's reference order. */
    public List<String> contextList() {
        return Contexts.NAMES.stream().filter(contexts::contains).toList();
    }
}
