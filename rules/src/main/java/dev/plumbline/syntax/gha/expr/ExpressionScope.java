package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.ActionMetadata;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExprType.Simple;
import dev.plumbline.syntax.gha.expr.ExprType.Strictness;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What expressions see at one place: every context with its type there ({@code steps} holds the
 * steps before this one, {@code needs} the job's direct needs with their declared outputs,
 * {@code matrix} the job's matrix keys, {@code inputs} the declared inputs …), which contexts and
 * special functions GitHub allows, for the checker and for hover and completion inside
 * {@code ${{ }}}.
 */
public final class ExpressionScope {

    private final ExpressionPlace place;
    private final Map<String, ExprType> types;
    private final WorkflowFile file;
    /** The {@code jobs} context, built on first use: only {@code on.workflow_call.outputs} may read it. */
    private volatile ExprType jobs;

    private ExpressionScope(ExpressionPlace place, Map<String, ExprType> types, WorkflowFile file, ExprType jobs) {
        this.place = place;
        this.types = types;
        this.file = file;
        this.jobs = jobs;
    }

    public ExpressionPlace place() {
        return place;
    }

    /** The type of a context here ({@link Simple#ANY} for names that are not contexts). */
    public ExprType typeOf(String context) {
        String key = context.toLowerCase(Locale.ROOT);
        if (key.equals("jobs")) {
            ExprType result = jobs;
            if (result == null) {
                result = file.workflow().map(ExpressionScope::jobs).orElse(ObjectType.loose("the jobs context", Simple.ANY));
                jobs = result;
            }
            return result;
        }
        return types.getOrDefault(key, Simple.ANY);
    }

    /** True when GitHub allows {@code context} here (always, where its table does not list the key). */
    public boolean isAvailable(String context) {
        return place.availability().map(a -> a.allowsContext(context)).orElse(Contexts.isContext(context));
    }

    /** The contexts GitHub allows here, in its reference order. */
    public List<String> availableContexts() {
        return Contexts.NAMES.stream().filter(this::isAvailable).toList();
    }

    /** True when the function may be called here: ordinary functions anywhere, special ones where the table says. */
    public boolean isAvailable(Functions.Function function) {
        boolean special = function.isStatusFunction() || function.name().equalsIgnoreCase("hashFiles");
        return !special || place.availability().map(a -> a.allowsFunction(function.name())).orElse(true);
    }

    /** The functions callable here. */
    public List<Functions.Function> availableFunctions() {
        return Functions.all().stream().filter(this::isAvailable).toList();
    }

    /** Builds the scope of {@code place} in {@code file}. */
    public static ExpressionScope of(WorkflowFile file, ExpressionPlace place) {
        return of(file, place, null);
    }

    /**
     * As {@link #of(WorkflowFile, ExpressionPlace)}, reusing what {@code earlier} (a scope of the
     * same file, or null) already built and what does not change between its place and this one: the
     * inputs and jobs, and for a place in the same job its needs and matrix. Walking a file's sites in
     * order this way builds each job's types once.
     */
    static ExpressionScope of(WorkflowFile file, ExpressionPlace place, ExpressionScope earlier) {
        if (earlier != null && earlier.file != file) {
            earlier = null;
        }
        Map<String, ExprType> types = new HashMap<>();
        types.put("github", Contexts.GITHUB);
        types.put("runner", Contexts.RUNNER);
        types.put("job", Contexts.JOB);
        types.put("strategy", Contexts.STRATEGY);
        types.put("env", Contexts.ENV);
        types.put("vars", Contexts.VARS);
        types.put("secrets", Contexts.SECRETS);
        Job job = place.job();
        Optional<Workflow> workflow = file.workflow();
        Optional<ActionMetadata> action = file.action();
        types.put("inputs", earlier != null ? earlier.types.get("inputs") : workflow.map(ExpressionScope::workflowInputs)
                .or(() -> action.map(ExpressionScope::actionInputs))
                .orElse(ObjectType.loose("the inputs context", Simple.ANY)));
        boolean sameJob = earlier != null && job != null && earlier.place.job() == job;
        if (job != null) {
            types.put("needs", sameJob ? earlier.types.get("needs") : needs(job));
            types.put("matrix", sameJob ? earlier.types.get("matrix") : matrix(job));
            types.put("steps", sameJob && earlier.place.step() == place.step() ? earlier.types.get("steps")
                    : steps(job.steps(), place.step(), "job \"" + job.id() + "\""));
        } else if (action.isPresent() && place.step() != null) {
            types.put("steps", steps(action.get().steps(), place.step(), "this action"));
            types.put("matrix", ObjectType.loose("the matrix context", Simple.ANY));
            types.put("needs", ObjectType.loose("the needs context", Simple.ANY));
        } else if (action.isPresent()) {
            types.put("steps", steps(action.get().steps(), null, "this action"));
            types.put("matrix", ObjectType.loose("the matrix context", Simple.ANY));
            types.put("needs", ObjectType.loose("the needs context", Simple.ANY));
        } else {
            types.put("needs", ExprTypes.object("the needs context", Strictness.DECLARED)
                    .unknownMessage("\"needs.%s\" is used outside a job").build());
            types.put("matrix", ExprTypes.object("the matrix context", Strictness.DECLARED)
                    .unknownMessage("\"matrix.%s\" is used outside a job").build());
            types.put("steps", ExprTypes.object("the steps context", Strictness.DECLARED)
                    .unknownMessage("\"steps.%s\" is used outside a job").build());
        }
        return new ExpressionScope(place, types, file, earlier != null ? earlier.jobs : null);
    }

    /** {@code inputs}: the union of {@code workflow_dispatch} and {@code workflow_call} inputs. */
    private static ObjectType workflowInputs(Workflow workflow) {
        ExprTypes.Builder builder = ExprTypes.object("the inputs context", Strictness.DECLARED)
                .unknownMessage("Input \"%s\" is not defined in on.workflow_dispatch or on.workflow_call");
        Optional<YamlNode> on = workflow.on().map(YamlEntry::value);
        if (on.isPresent() && on.get().asMapping().isPresent()) {
            for (String event : List.of("workflow_dispatch", "workflow_call")) {
                Optional<YamlNode> inputs = on.get().asMapping().get().get(event).flatMap(e -> e.at("inputs"));
                if (inputs.isEmpty() || inputs.get().isNull()) {
                    continue;
                }
                if (inputs.get().asMapping().isEmpty()) {
                    return ObjectType.loose("the inputs context", Simple.ANY);
                }
                for (YamlEntry entry : inputs.get().asMapping().get().entries()) {
                    Optional<String> name = entry.keyText();
                    if (name.isEmpty()) {
                        continue;
                    }
                    String type = entry.value().at("type").flatMap(YamlNode::asText).orElse("string");
                    builder.add(name.get(), switch (type.trim().toLowerCase(Locale.ROOT)) {
                        case "boolean" -> Simple.BOOL;
                        case "number" -> Simple.NUMBER;
                        default -> Simple.STRING;
                    }, entry.value().at("description").flatMap(YamlNode::asText).orElse(""));
                }
            }
        }
        return builder.build();
    }

    private static ObjectType actionInputs(ActionMetadata action) {
        ExprTypes.Builder builder = ExprTypes.object("the inputs context", Strictness.DECLARED)
                .unknownMessage("Input \"%s\" is not defined in the action's inputs");
        Optional<YamlNode> inputs = action.get("inputs");
        if (inputs.isPresent() && !inputs.get().isNull() && inputs.get().asMapping().isEmpty()) {
            return ObjectType.loose("the inputs context", Simple.ANY);
        }
        inputs.flatMap(YamlNode::asMapping).ifPresent(m -> m.entries().forEach(entry -> entry.keyText().ifPresent(
                name -> builder.add(name, Simple.STRING,
                        entry.value().at("description").flatMap(YamlNode::asText).orElse("")))));
        return builder.build();
    }

    /** The outputs a job declares: strict when written as a mapping, loose for reusable-workflow calls and odd shapes. */
    static ObjectType jobOutputs(Job job) {
        if (job.isReusableWorkflowCall()) {
            return ObjectType.loose("the outputs of job \"" + job.id() + "\"", Simple.STRING);
        }
        Optional<YamlNode> outputs = job.get("outputs");
        if (outputs.isPresent() && !outputs.get().isNull() && outputs.get().asMapping().isEmpty()) {
            return ObjectType.loose("the outputs of job \"" + job.id() + "\"", Simple.STRING);
        }
        ExprTypes.Builder builder = ExprTypes.object("the outputs of job \"" + job.id() + "\"", Strictness.DECLARED)
                .unknownMessage("Output \"%s\" is not declared in the outputs of job \"" + job.id() + "\"");
        outputs.flatMap(YamlNode::asMapping).ifPresent(m -> m.keys().forEach(k -> builder.add(k, Simple.STRING)));
        return builder.build();
    }

    private static ObjectType jobResult(Job job, String prefix) {
        return ExprTypes.object(prefix + job.id(), Strictness.SCHEMA)
                .unknownMessage("Property \"%s\" does not exist on " + prefix + job.id() + "; use outputs or result")
                .add("outputs", jobOutputs(job), "The outputs the job declares")
                .add("result", Simple.STRING, "success, failure, cancelled or skipped")
                .build();
    }

    /** The ids listed in {@code needs:}, or empty when {@code needs} is not plain ids (an expression). */
    public static Optional<List<String>> needsIds(Job job) {
        Optional<YamlNode> needs = job.needs();
        List<String> ids = new ArrayList<>();
        if (needs.isEmpty() || needs.get().isNull()) {
            return Optional.of(ids);
        }
        List<YamlNode> items = needs.get().asSequence().map(YamlSequence::items).orElse(List.of(needs.get()));
        for (YamlNode item : items) {
            Optional<YamlScalar> scalar = item.asScalar();
            if (scalar.isEmpty() || scalar.get().value().contains("${{")) {
                return Optional.empty();
            }
            ids.add(scalar.get().value());
        }
        return Optional.of(ids);
    }

    private static ObjectType needs(Job job) {
        Optional<List<String>> ids = needsIds(job);
        if (ids.isEmpty()) {
            return ObjectType.loose("the needs context", Simple.ANY);
        }
        ExprTypes.Builder builder = ExprTypes.object("the needs context", Strictness.DECLARED)
                .unknownMessage("Job \"%s\" is not in the needs of job \"" + job.id() + "\"");
        for (String id : ids.get()) {
            Optional<Job> needed = job.workflow().jobs().stream().filter(j -> j.id().equalsIgnoreCase(id)).reduce((a, b) -> b);
            builder.add(id, needed.<ExprType>map(j -> jobResult(j, "needs."))
                    .orElse(ObjectType.loose("needs." + id, Simple.ANY)));
        }
        return builder.build();
    }

    private static ObjectType jobs(Workflow workflow) {
        ExprTypes.Builder builder = ExprTypes.object("the jobs context", Strictness.DECLARED)
                .unknownMessage("Job \"%s\" does not exist in this workflow");
        for (Job job : workflow.jobs()) {
            builder.add(job.id(), jobResult(job, "jobs."));
        }
        return builder.build();
    }

    /** The keys of a job's matrix; loose when the matrix or its {@code include} is computed. */
    private static ObjectType matrix(Job job) {
        String owner = "job \"" + job.id() + "\"";
        if (job.strategy().isPresent() && !job.strategy().get().isNull() && job.strategy().get().asMapping().isEmpty()) {
            return ObjectType.loose("the matrix context", Simple.ANY); // strategy: ${{ fromJSON(...) }}
        }
        Optional<YamlNode> matrixNode = job.strategy().flatMap(s -> s.at("matrix"));
        if (matrixNode.isEmpty() || matrixNode.get().isNull()) {
            return ExprTypes.object("the matrix context", Strictness.DECLARED)
                    .unknownMessage("Matrix key \"%s\" does not exist: " + owner + " has no strategy.matrix").build();
        }
        Optional<YamlMapping> matrix = matrixNode.get().asMapping();
        if (matrix.isEmpty()) {
            return ObjectType.loose("the matrix context", Simple.ANY);
        }
        ExprTypes.Builder builder = ExprTypes.object("the matrix context", Strictness.DECLARED)
                .unknownMessage("Matrix key \"%s\" is not defined in the matrix of " + owner);
        for (YamlEntry entry : matrix.get().entries()) {
            String key = entry.keyText().orElse("");
            if (entry.isMergeKey() || (entry.key().asScalar().map(s -> s.value().contains("${{")).orElse(false))) {
                return ObjectType.loose("the matrix context", Simple.ANY);
            }
            if (key.equals("exclude")) {
                continue;
            }
            if (key.equals("include")) {
                Optional<YamlSequence> include = entry.value().asSequence();
                if (include.isEmpty()) {
                    if (!entry.value().isNull()) {
                        return ObjectType.loose("the matrix context", Simple.ANY);
                    }
                    continue;
                }
                for (YamlNode item : include.get().items()) {
                    Optional<YamlMapping> row = item.asMapping();
                    if (row.isEmpty()) {
                        return ObjectType.loose("the matrix context", Simple.ANY);
                    }
                    row.get().keys().forEach(k -> builder.merge(k, Simple.ANY));
                }
                continue;
            }
            builder.merge(key, rowType(entry.value()));
        }
        return builder.build();
    }

    /** The type of a matrix row's values: the common scalar type, else any. */
    private static ExprType rowType(YamlNode row) {
        Optional<YamlSequence> values = row.asSequence();
        if (values.isEmpty() || values.get().isEmpty()) {
            return Simple.ANY;
        }
        ExprType common = null;
        for (YamlNode item : values.get().items()) {
            Optional<YamlScalar> scalar = item.asScalar();
            if (scalar.isEmpty() || scalar.get().value().contains("${{")) {
                return Simple.ANY;
            }
            ExprType type = switch (scalar.get().type()) {
                case BOOL -> Simple.BOOL;
                case INT, FLOAT -> Simple.NUMBER;
                case NULL -> Simple.NULL;
                default -> Simple.STRING;
            };
            common = common == null ? type : ExprTypes.union(common, type);
        }
        return common;
    }

    /**
     * {@code steps}: the steps with an {@code id} before {@code current} (all of them when
     * {@code current} is null, as in a job's outputs).
     */
    private static ObjectType steps(List<Step> steps, Step current, String owner) {
        ExprTypes.Builder builder = ExprTypes.object("the steps context", Strictness.DECLARED)
                .unknownMessage(current != null
                        ? "Step \"%s\" is not defined before this step in " + owner
                        : "No step of " + owner + " has the id \"%s\"");
        for (Step step : steps) {
            if (step == current) {
                break;
            }
            Optional<YamlScalar> id = step.id();
            if (id.isPresent() && !id.get().value().contains("${{")) {
                String name = id.get().value();
                builder.add(name, ExprTypes.object("steps." + name, Strictness.SCHEMA)
                        .unknownMessage("Property \"%s\" does not exist on steps." + name
                                + "; use outputs, outcome or conclusion")
                        .add("outputs", ObjectType.loose("the outputs of step \"" + name + "\"", Simple.STRING),
                                "The outputs the step set")
                        .add("outcome", Simple.STRING,
                                "The result before continue-on-error: success, failure, cancelled or skipped")
                        .add("conclusion", Simple.STRING,
                                "The result after continue-on-error: success, failure, cancelled or skipped")
                        .build());
            }
        }
        return builder.build();
    }
}
