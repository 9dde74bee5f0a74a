package dev.plumbline.syntax.gha.expr;

import dev.plumbline.syntax.gha.ActionMetadata;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every scalar of a workflow or action file that GitHub evaluates and that holds an expression, as
 * {@link ExpressionSite}s in document order, each with its place (key, job, step). Conditions
 * ({@code if:}) are sites even without {@code ${{ }}}. Keys GitHub does not evaluate ({@code on:}
 * filters, {@code uses:}, {@code id:}, {@code needs:}, {@code permissions:}, …) hold no sites.
 * Aliases are not followed: an anchored value is a site where it is written.
 *
 * <p>Computed once per file ({@link WorkflowFile#expressions()}); {@link #problems()} type-checks
 * every site once, lazily.
 */
public final class WorkflowExpressions {

    private final WorkflowFile file;
    private final List<ExpressionSite> sites;
    private volatile List<ExpressionProblem> problems;

    private WorkflowExpressions(WorkflowFile file, List<ExpressionSite> sites) {
        this.file = file;
        this.sites = List.copyOf(sites);
    }

    /** Collects the sites of {@code file}. Prefer {@link WorkflowFile#expressions()}, which memoizes it. */
    public static WorkflowExpressions of(WorkflowFile file) {
        Collector collector = new Collector();
        file.workflow().ifPresent(collector::workflow);
        file.action().ifPresent(collector::action);
        collector.sites.sort((a, b) -> compare(a.scalar().range().start(), b.scalar().range().start()));
        return new WorkflowExpressions(file, collector.sites);
    }

    /**
     * The sites of one job of a workflow, in document order: exactly those of {@link #of} whose place
     * is that job, for a rule that reads jobs one by one.
     */
    public static List<ExpressionSite> ofJob(Job job) {
        Collector collector = new Collector();
        collector.job(job);
        collector.sites.sort((a, b) -> compare(a.scalar().range().start(), b.scalar().range().start()));
        return List.copyOf(collector.sites);
    }

    private static int compare(Position a, Position b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.character(), b.character());
    }

    public WorkflowFile file() {
        return file;
    }

    public List<ExpressionSite> sites() {
        return sites;
    }

    /** The site whose scalar contains {@code position}. */
    public Optional<ExpressionSite> siteAt(Position position) {
        for (ExpressionSite site : sites) {
            Range range = site.scalar().range();
            if (range.contains(position) || range.end().equals(position)) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    /**
     * What is at a position inside an expression: the site, the value offset, the expression and
     * its deepest node (empty between tokens or in an expression that does not parse), and the scope
     * there. The entry point for hover, completion and go-to-definition inside {@code ${{ }}}.
     */
    public record At(ExpressionSite site, int offset, Expression expression, Optional<ExprNode> node,
            ExpressionScope scope) {
    }

    /** What is at {@code position}, when it is inside an expression (or a bare {@code if:} condition). */
    public Optional<At> at(Position position) {
        Optional<ExpressionSite> site = siteAt(position);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> offset = site.get().valueOffsetAt(position);
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        return site.get().expressionAt(offset.get()).map(expression -> new At(site.get(), offset.get(), expression,
                expression.nodeAt(offset.get()), scope(site.get())));
    }

    /** The scope (contexts with their types, available functions) at a site, for checks, hover and completion. */
    public ExpressionScope scope(ExpressionSite site) {
        return ExpressionScope.of(file, site.place());
    }

    /** Every problem of every site: syntax, types, availability, functions, references. Computed once. */
    public List<ExpressionProblem> problems() {
        List<ExpressionProblem> result = problems;
        if (result == null) {
            List<ExpressionProblem> all = new ArrayList<>();
            ScopeCache scopes = new ScopeCache(file);
            for (ExpressionSite site : sites) {
                all.addAll(ExpressionChecker.check(site, scopes.of(site.place())));
            }
            result = Collections.unmodifiableList(all);
            problems = result;
        }
        return result;
    }

    /** The problems of one kind. */
    public List<ExpressionProblem> problems(ExpressionProblem.Kind kind) {
        return problems().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Reuses the scope of places that share key, job and step. */
    private static final class ScopeCache {
        private final WorkflowFile file;
        private ExpressionPlace lastPlace;
        private ExpressionScope lastScope;

        ScopeCache(WorkflowFile file) {
            this.file = file;
        }

        ExpressionScope of(ExpressionPlace place) {
            if (lastPlace == null || !lastPlace.key().equals(place.key()) || lastPlace.job() != place.job()
                    || lastPlace.step() != place.step()) {
                lastScope = ExpressionScope.of(file, place, lastScope);
                lastPlace = place;
            }
            return lastScope;
        }
    }

    /** Walks the keys GitHub evaluates. */
    private static final class Collector {
        private final List<ExpressionSite> sites = new ArrayList<>();

        void workflow(Workflow workflow) {
            for (YamlEntry entry : workflow.mapping().entries()) {
                String key = entry.keyText().orElse("");
                switch (key) {
                    case "run-name", "concurrency" -> all(entry.value(), place(key, null, null));
                    case "env" -> all(entry.value(), place("env", null, null));
                    case "on" -> workflowCall(entry.value());
                    default -> {
                    }
                }
            }
            for (Job job : workflow.jobs()) {
                job(job);
            }
        }

        private void workflowCall(YamlNode on) {
            Optional<YamlMapping> call = on.asMapping().flatMap(m -> m.getMapping("workflow_call"));
            if (call.isEmpty()) {
                return;
            }
            call.get().getMapping("inputs").ifPresent(inputs -> eachValue(inputs, input -> input.asMapping()
                    .flatMap(m -> m.get("default"))
                    .ifPresent(d -> all(d, place("on.workflow_call.inputs.<inputs_id>.default", null, null)))));
            call.get().getMapping("outputs").ifPresent(outputs -> eachValue(outputs, output -> output.asMapping()
                    .flatMap(m -> m.get("value"))
                    .ifPresent(v -> all(v, place("on.workflow_call.outputs.<output_id>.value", null, null)))));
        }

        private void job(Job job) {
            Optional<YamlMapping> mapping = job.mapping();
            if (mapping.isEmpty()) {
                return;
            }
            String prefix = "jobs.<job_id>.";
            for (YamlEntry entry : mapping.get().entries()) {
                String key = entry.keyText().orElse("");
                YamlNode value = entry.value();
                switch (key) {
                    case "name", "runs-on", "concurrency", "timeout-minutes", "continue-on-error", "strategy" ->
                            all(value, place(prefix + key, job, null));
                    case "if" -> condition(value, new ExpressionPlace(prefix + "if", job, null, true, false));
                    case "env" -> all(value, place(prefix + "env", job, null));
                    case "defaults" -> all(value, place(prefix + "defaults.run", job, null));
                    case "outputs" -> all(value, place(prefix + "outputs.<output_id>", job, null));
                    case "with" -> all(value, place(prefix + "with.<with_id>", job, null));
                    case "secrets" -> {
                        if (value.asMapping().isPresent()) {
                            all(value, place(prefix + "secrets.<secrets_id>", job, null));
                        }
                    }
                    case "environment" -> environment(value, job);
                    case "container" -> container(value, job, prefix + "container");
                    case "services" -> value.asMapping().ifPresent(services -> eachValue(services,
                            service -> container(service, job, prefix + "services.<service_id>")));
                    default -> {
                    }
                }
            }
            for (Step step : job.steps()) {
                step(step, job, "jobs.<job_id>.steps.", false);
            }
        }

        private void environment(YamlNode value, Job job) {
            Optional<YamlMapping> mapping = value.asMapping();
            if (mapping.isEmpty()) {
                all(value, place("jobs.<job_id>.environment", job, null));
                return;
            }
            for (YamlEntry entry : mapping.get().entries()) {
                String key = entry.keyText().orElse("");
                all(entry.value(), place(key.equals("url") ? "jobs.<job_id>.environment.url"
                        : "jobs.<job_id>.environment", job, null));
            }
        }

        /** A job's {@code container} or one service: {@code image}, {@code env}, {@code credentials}, the rest. */
        private void container(YamlNode value, Job job, String key) {
            Optional<YamlMapping> mapping = value.asMapping();
            if (mapping.isEmpty()) {
                all(value, place(key.endsWith("container") ? key + ".image" : key, job, null));
                return;
            }
            String rest = key.endsWith("container") ? key : "jobs.<job_id>.services";
            for (YamlEntry entry : mapping.get().entries()) {
                String name = entry.keyText().orElse("");
                String where = switch (name) {
                    case "image" -> key.endsWith("container") ? key + ".image" : rest;
                    case "env" -> key + ".env.<env_id>";
                    case "credentials" -> key + ".credentials";
                    default -> rest;
                };
                all(entry.value(), place(where, job, null));
            }
        }

        private void step(Step step, Job job, String prefix, boolean inAction) {
            Optional<YamlMapping> mapping = step.mapping();
            if (mapping.isEmpty()) {
                return;
            }
            for (YamlEntry entry : mapping.get().entries()) {
                String key = entry.keyText().orElse("");
                switch (key) {
                    case "if" -> condition(entry.value(), new ExpressionPlace(prefix + "if", job, step, true, inAction));
                    case "name", "run", "env", "with", "working-directory", "continue-on-error", "timeout-minutes" ->
                            all(entry.value(), new ExpressionPlace(prefix + key, job, step, false, inAction));
                    default -> {
                    }
                }
            }
        }

        void action(ActionMetadata action) {
            action.inputs().ifPresent(inputs -> eachValue(inputs, input -> input.asMapping()
                    .flatMap(m -> m.get("default"))
                    .ifPresent(d -> all(d, actionPlace("inputs.<input_id>.default", false)))));
            action.outputs().ifPresent(outputs -> eachValue(outputs, output -> output.asMapping()
                    .flatMap(m -> m.get("value"))
                    .ifPresent(v -> all(v, actionPlace("outputs.<output_id>.value", false)))));
            action.runs().ifPresent(runs -> {
                for (YamlEntry entry : runs.entries()) {
                    String key = entry.keyText().orElse("");
                    switch (key) {
                        case "env", "args", "entrypoint", "pre-entrypoint", "post-entrypoint" ->
                                all(entry.value(), actionPlace("runs." + key, false));
                        case "pre-if", "post-if" -> condition(entry.value(), actionPlace("runs." + key, true));
                        default -> {
                        }
                    }
                }
            });
            for (Step step : action.steps()) {
                step(step, null, "runs.steps.", true);
            }
        }

        private static ExpressionPlace actionPlace(String key, boolean condition) {
            return new ExpressionPlace(key, null, null, condition, true);
        }

        private static ExpressionPlace place(String key, Job job, Step step) {
            return new ExpressionPlace(key, job, step, false, false);
        }

        private void condition(YamlNode value, ExpressionPlace place) {
            if (value instanceof YamlScalar scalar && !scalar.isNull()) {
                sites.add(new ExpressionSite(scalar, place));
            }
        }

        /** Every scalar value written below {@code node} (keys skipped, aliases not followed) that holds {@code ${{}. */
        private void all(YamlNode node, ExpressionPlace place) {
            java.util.ArrayDeque<YamlNode> todo = new java.util.ArrayDeque<>();
            todo.push(node);
            while (!todo.isEmpty()) {
                YamlNode n = todo.pop();
                if (n instanceof YamlScalar scalar) {
                    if (scalar.value().contains("${{")) {
                        sites.add(new ExpressionSite(scalar, place));
                    }
                } else if (n instanceof YamlMapping mapping) {
                    mapping.entries().forEach(e -> todo.push(e.value()));
                } else if (n instanceof dev.plumbline.syntax.yaml.YamlSequence sequence) {
                    sequence.items().forEach(todo::push);
                }
            }
        }

        private static void eachValue(YamlMapping mapping, java.util.function.Consumer<YamlNode> action) {
            for (YamlEntry entry : mapping.entries()) {
                action.accept(entry.value());
            }
        }
    }
}
