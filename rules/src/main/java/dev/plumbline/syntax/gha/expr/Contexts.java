package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExprType.Simple;
import dev.plumbline.syntax.gha.expr.ExprType.Strictness;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contexts GitHub offers to expressions and the fixed properties of those whose shape GitHub
 * defines ({@code github}, {@code runner}, {@code job}, {@code strategy}), written from GitHub's
 * contexts reference. The contexts whose properties a workflow declares ({@code steps},
 * {@code needs}, {@code matrix}, {@code inputs}, {@code jobs}) are typed per place by
 * {@link ExpressionScope}; {@code env}, {@code vars} and {@code secrets} accept any name, because
 * their values also come from outside the file.
 */
public final class Contexts {

    /** Every context name, in the order GitHub's reference lists them. */
    public static final List<String> NAMES = List.of("github", "env", "vars", "job", "jobs", "steps", "runner",
            "secrets", "strategy", "matrix", "needs", "inputs");

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("github", "Information about the workflow run and the event that triggered it"),
            Map.entry("env", "Variables set in the workflow, job or step env"),
            Map.entry("vars", "Configuration variables set for the repository, organization or environment"),
            Map.entry("job", "Information about the currently running job"),
            Map.entry("jobs", "The outputs of the jobs of a reusable workflow (only in on.workflow_call.outputs)"),
            Map.entry("steps", "The outputs, outcome and conclusion of the steps that ran before this one"),
            Map.entry("runner", "Information about the runner executing the job"),
            Map.entry("secrets", "The secrets available to the workflow run"),
            Map.entry("strategy", "Information about the matrix execution strategy of the job"),
            Map.entry("matrix", "The matrix values of the current job"),
            Map.entry("needs", "The outputs and results of the jobs this job needs"),
            Map.entry("inputs", "The inputs of a reusable or manually triggered workflow, or of an action"));

    public static final ObjectType GITHUB = ExprTypes.object("the github context", Strictness.SCHEMA)
            .unknownMessage("Property \"%s\" does not exist in the github context")
            .add("action", Simple.STRING, "The name of the action currently running, or the id of the step")
            .add("action_path", Simple.STRING, "The path where an action is located (composite actions)")
            .add("action_ref", Simple.STRING, "For a step running an action, the ref of the action being executed")
            .add("action_repository", Simple.STRING, "For a step running an action, the owner/repo of the action")
            .add("action_status", Simple.STRING, "For a composite action, the current result of the composite action")
            .add("actor", Simple.STRING, "The username of the user that triggered the initial workflow run")
            .add("actor_id", Simple.STRING, "The account id of the user that triggered the initial workflow run")
            .add("api_url", Simple.STRING, "The URL of the GitHub REST API")
            .add("artifact_cache_size_limit", Simple.NUMBER, "The cache size limit of the repository")
            .add("base_ref", Simple.STRING, "The target branch of the pull request")
            .add("env", Simple.STRING, "The path of the file that sets environment variables from workflow commands")
            .add("event", ObjectType.loose("the event payload", Simple.ANY),
                    "The full webhook payload of the event that triggered the run")
            .add("event_name", Simple.STRING, "The name of the event that triggered the workflow run")
            .add("event_path", Simple.STRING, "The path of the file holding the full event webhook payload")
            .add("graphql_url", Simple.STRING, "The URL of the GitHub GraphQL API")
            .add("head_ref", Simple.STRING, "The source branch of the pull request (set by the author: untrusted)")
            .add("job", Simple.STRING, "The job id of the current job")
            .add("output", Simple.STRING, "The path of the file that sets step outputs")
            .add("path", Simple.STRING, "The path of the file that adds to PATH")
            .add("ref", Simple.STRING, "The fully-formed ref of the branch or tag that triggered the run")
            .add("ref_name", Simple.STRING, "The short ref name of the branch or tag that triggered the run")
            .add("ref_protected", Simple.BOOL, "True when branch protections or rulesets apply to the ref")
            .add("ref_type", Simple.STRING, "The type of ref that triggered the run: branch or tag")
            .add("repository", Simple.STRING, "The owner and repository name, e.g. octocat/Hello-World")
            .add("repository_id", Simple.STRING, "The id of the repository")
            .add("repository_owner", Simple.STRING, "The repository owner's username")
            .add("repository_owner_id", Simple.STRING, "The repository owner's account id")
            .add("repository_visibility", Simple.STRING, "The visibility of the repository")
            .add("repositoryUrl", Simple.STRING, "The Git URL of the repository")
            .add("retention_days", Simple.NUMBER, "The number of days logs and artifacts are kept")
            .add("run_attempt", Simple.STRING, "The number of this attempt of the workflow run")
            .add("run_id", Simple.STRING, "A unique number for each workflow run within a repository")
            .add("run_number", Simple.STRING, "A unique number for each run of a particular workflow")
            .add("secret_source", Simple.STRING, "The source of a secret used in a workflow")
            .add("server_url", Simple.STRING, "The URL of the GitHub server")
            .add("sha", Simple.STRING, "The commit SHA that triggered the workflow")
            .add("state", Simple.STRING, "The path of the file that saves state for pre and post actions")
            .add("step_summary", Simple.STRING, "The path of the file that holds the job summary")
            .add("token", Simple.STRING, "A token to authenticate on behalf of the GitHub App installed on the repository")
            .add("triggering_actor", Simple.STRING, "The username of the user that initiated this run attempt")
            .add("workflow", Simple.STRING, "The name of the workflow, or its file path when it has none")
            .add("workflow_ref", Simple.STRING, "The ref path to the workflow")
            .add("workflow_sha", Simple.STRING, "The commit SHA of the workflow file")
            .add("workspace", Simple.STRING, "The default working directory on the runner")
            .build();

    public static final ObjectType RUNNER = ExprTypes.object("the runner context", Strictness.SCHEMA)
            .unknownMessage("Property \"%s\" does not exist in the runner context")
            .add("name", Simple.STRING, "The name of the runner executing the job")
            .add("os", Simple.STRING, "The operating system of the runner: Linux, Windows or macOS")
            .add("arch", Simple.STRING, "The architecture of the runner: X86, X64, ARM or ARM64")
            .add("temp", Simple.STRING, "The path to a temporary directory, emptied after each job")
            .add("tool_cache", Simple.STRING, "The path to the directory of preinstalled tools")
            .add("debug", Simple.STRING, "Set to 1 when debug logging is on")
            .add("environment", Simple.STRING, "github-hosted or self-hosted")
            .add("workspace", Simple.STRING, "The runner's workspace directory")
            .build();

    private static final ObjectType SERVICE = ExprTypes.object("a service container", Strictness.SCHEMA)
            .unknownMessage("Property \"%s\" does not exist on a service container")
            .add("id", Simple.STRING, "The id of the service container")
            .add("network", Simple.STRING, "The id of the service container network")
            .add("ports", ObjectType.loose("the service's ports", Simple.STRING), "The exposed ports")
            .build();

    public static final ObjectType JOB = ExprTypes.object("the job context", Strictness.SCHEMA)
            .unknownMessage("Property \"%s\" does not exist in the job context")
            .add("check_run_id", Simple.NUMBER, "The check run id of the current job")
            .add("container", ExprTypes.object("the job container", Strictness.SCHEMA)
                    .unknownMessage("Property \"%s\" does not exist on the job container")
                    .add("id", Simple.STRING, "The id of the container")
                    .add("network", Simple.STRING, "The id of the container network")
                    .build(), "Information about the job's container")
            .add("services", ObjectType.loose("the job's service containers", SERVICE),
                    "The service containers of the job")
            .add("status", Simple.STRING, "The current status of the job: success, failure or cancelled")
            .add("workflow_ref", Simple.STRING, "The ref path of the workflow file that defines the job")
            .add("workflow_sha", Simple.STRING, "The commit SHA of the workflow file that defines the job")
            .add("workflow_repository", Simple.STRING, "The owner/repo of the workflow file that defines the job")
            .add("workflow_file_path", Simple.STRING, "The path of the workflow file that defines the job")
            .build();

    public static final ObjectType STRATEGY = ExprTypes.object("the strategy context", Strictness.SCHEMA)
            .unknownMessage("Property \"%s\" does not exist in the strategy context")
            .add("fail-fast", Simple.BOOL, "Whether all in-progress jobs are cancelled when one fails")
            .add("job-index", Simple.NUMBER, "The zero-based index of the current job in the matrix")
            .add("job-total", Simple.NUMBER, "The total number of jobs in the matrix")
            .add("max-parallel", Simple.NUMBER, "The maximum number of jobs that run at the same time")
            .build();

    public static final ObjectType ENV = ObjectType.loose("the env context", Simple.STRING);
    public static final ObjectType VARS = ObjectType.loose("the vars context", Simple.STRING);
    public static final ObjectType SECRETS = ObjectType.loose("the secrets context", Simple.STRING);

    private Contexts() {
    }

    /** True for a context name GitHub knows (any case). */
    public static boolean isContext(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A one-line description of a context, for hover. */
    public static Optional<String> description(String name) {
        return Optional.ofNullable(DESCRIPTIONS.get(name.toLowerCase(Locale.ROOT)));
    }
}
