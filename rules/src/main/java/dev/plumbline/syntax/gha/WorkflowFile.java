package dev.plumbline.syntax.gha;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.gha.schema.SchemaValidator;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.gha.expr.WorkflowExpressions;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GitHub Actions file over its positioned YAML: a workflow ({@code .github/workflows/*.yml}), an
 * action's metadata ({@code action.yml} / {@code action.yaml}) or the repository's Dependabot
 * configuration ({@code .github/dependabot.yml}), which has neither jobs nor steps. The first document
 * holding a node is the one GitHub reads. Building the views never throws: a root that is not a
 * mapping gives no {@link Workflow}, {@link ActionMetadata} or {@link Dependabot}, and odd shapes
 * below just give fewer jobs and steps.
 */
public final class WorkflowFile {

    public enum Kind {
        WORKFLOW,
        ACTION,
        /** {@code .github/dependabot.yml}: no workflow, no steps, no schema of ours; only Dependabot rules read it. */
        DEPENDABOT
    }

    private final YamlFile yaml;
    private final TextDocument document;
    private final Kind kind;
    private volatile WorkflowExpressions expressions;
    private final Workflow workflow;
    private final ActionMetadata action;
    private final Dependabot dependabot;
    private final List<Step> steps;
    private volatile List<SchemaProblem> schemaProblems;
    private final JobMemo jobMemo;
    /** This YAML when it has no problems, else the last problem-free one {@link #reparse} came from; or null. */
    private final YamlFile lastGood;
    private final java.util.Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private WorkflowFile(YamlFile yaml, TextDocument document, Kind kind, WorkflowFile previous) {
        this.yaml = yaml;
        this.jobMemo = new JobMemo(previous == null ? null : previous.jobMemo);
        this.lastGood = !yaml.hasProblems() ? yaml : previous == null ? null : previous.lastGood;
        this.document = document;
        this.kind = kind;
        Optional<YamlMapping> root = yaml.nonEmptyDocuments().stream().findFirst().flatMap(YamlDocument::rootMapping);
        this.workflow = kind == Kind.WORKFLOW ? root.map(r -> new Workflow(r, document)).orElse(null) : null;
        this.action = kind == Kind.ACTION ? root.map(r -> new ActionMetadata(r, document)).orElse(null) : null;
        this.dependabot = kind == Kind.DEPENDABOT ? root.map(Dependabot::new).orElse(null) : null;
        List<Step> all = new ArrayList<>();
        if (workflow != null) {
            workflow.jobs().forEach(job -> all.addAll(job.steps()));
        }
        if (action != null) {
            all.addAll(action.steps());
        }
        this.steps = List.copyOf(all);
    }

    /** Parses {@code document}; its kind comes from the file name in its URI. */
    public static WorkflowFile parse(TextDocument document, Cancellation cancellation) {
        return of(YamlParser.parse(document, cancellation), document, kindOf(document.uri()));
    }

    /**
     * Parses {@code document} reusing what {@code previous} (a parse of another version of it) shares
     * with it: the YAML re-reads only what the edit touched ({@link YamlParser#reparse}); the views
     * are rebuilt, cheaply, over the new snapshot.
     */
    public static WorkflowFile reparse(WorkflowFile previous, TextDocument document, Cancellation cancellation) {
        // a keystroke that mends what the one before broke (a syntax error typed and taken out) gives
        // back the text of the last parse without problems: that parse is the answer, not a new one
        YamlFile yaml = previous.yaml().hasProblems() && previous.lastGood != null
                ? YamlParser.reuse(document, previous.lastGood).orElse(null) : null;
        if (yaml == null) {
            yaml = YamlParser.reparse(document, previous.yaml(), cancellation);
        }
        WorkflowFile next = new WorkflowFile(yaml, document, kindOf(document.uri()), previous);
        document.change().filter(c -> c.from() == previous.document().snapshot())
                .ifPresent(c -> next.reuseScripts(previous, c));
        return next;
    }

    /**
     * Run scripts are the costliest thing rules read across the whole file: a step whose {@code run:}
     * scalar the re-parse kept (outside the entry it read again) takes the earlier snapshot's parse of
     * it, moved into this snapshot (see {@link Step#offerEarlier}).
     */
    private void reuseScripts(WorkflowFile previous, TextDocument.Change change) {
        java.util.Map<dev.plumbline.syntax.yaml.YamlScalar, RunScript> scripts = new java.util.IdentityHashMap<>();
        for (Step step : previous.steps) {
            step.parsedRun().ifPresent(script -> scripts.put(script.scalar(), script));
        }
        if (!scripts.isEmpty()) {
            for (Step step : steps) {
                step.offerEarlier(scripts, previous.document, change);
            }
        }
    }

    public static WorkflowFile of(YamlFile yaml, TextDocument document, Kind kind) {
        return new WorkflowFile(yaml, document, kind, null);
    }

    /**
     * {@link Kind#ACTION} for a file named {@code action.yml} or {@code action.yaml} outside
     * {@code .github/workflows/}; {@link Kind#DEPENDABOT} for {@code .github/dependabot.yml} (or
     * {@code .yaml}); {@link Kind#WORKFLOW} for anything else.
     */
    public static Kind kindOf(String pathOrUri) {
        String path = pathOrUri == null ? "" : pathOrUri.replace('\\', '/');
        String[] parts = path.split("/");
        int n = parts.length;
        String name = n == 0 ? "" : parts[n - 1].toLowerCase(Locale.ROOT);
        boolean inWorkflows = n >= 3 && parts[n - 2].equals("workflows") && parts[n - 3].equals(".github");
        if (isDependabotPath(path)) {
            return Kind.DEPENDABOT;
        }
        return !inWorkflows && (name.equals("action.yml") || name.equals("action.yaml")) ? Kind.ACTION : Kind.WORKFLOW;
    }

    /** A file {@code dependabot.yml} or {@code dependabot.yaml} directly inside a {@code .github} folder. */
    public static boolean isDependabotPath(String pathOrUri) {
        String path = pathOrUri == null ? "" : pathOrUri.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return (name.equals("dependabot.yml") || name.equals("dependabot.yaml"))
                && (folder.equals(".github") || folder.endsWith("/.github"));
    }

    public YamlFile yaml() {
        return yaml;
    }

    public TextDocument document() {
        return document;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAction() {
        return kind == Kind.ACTION;
    }

    /** True for {@code .github/dependabot.yml}: workflow rules and editor help leave it alone. */
    public boolean isDependabot() {
        return kind == Kind.DEPENDABOT;
    }

    /** The workflow view; empty for an action file or a workflow whose root is not a mapping. */
    public Optional<Workflow> workflow() {
        return Optional.ofNullable(workflow);
    }

    /** The action metadata view; empty for a workflow or an action file whose root is not a mapping. */
    public Optional<ActionMetadata> action() {
        return Optional.ofNullable(action);
    }

    /** The Dependabot view; empty for workflows and actions, and for a Dependabot file whose root is not a mapping. */
    public Optional<Dependabot> dependabot() {
        return Optional.ofNullable(dependabot);
    }

    /** The workflow's jobs (none for an action file). */
    public List<Job> jobs() {
        return workflow == null ? List.of() : workflow.jobs();
    }

    /** Every step: each job's steps in order, or a composite action's {@code runs.steps}. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The strings GitHub evaluates that hold expressions (and every {@code if:}), with their places,
     * parsed once and shared by every rule and editor feature of this snapshot.
     */
    public WorkflowExpressions expressions() {
        WorkflowExpressions result = expressions;
        if (result == null) {
            result = WorkflowExpressions.of(this);
            expressions = result;
        }
        return result;
    }

    /**
     * Facts about single jobs that rules keep from one snapshot to the next (see {@link JobMemo});
     * empty after a fresh parse, the previous snapshot's after {@link #reparse}.
     */
    public JobMemo jobMemo() {
        return jobMemo;
    }

    /**
     * What {@code compute} derives from this snapshot, computed once per snapshot under {@code key}
     * (e.g. how the file splits into jobs, which several rules and the part machinery ask for).
     */
    @SuppressWarnings("unchecked")
    public <V> V derived(Object key, java.util.function.Function<WorkflowFile, V> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            value = raced != null ? raced : value;
        }
        return (V) value;
    }

    /** Every {@code uses:} scalar parsed, in document order: reusable-workflow calls of jobs and steps' actions. */
    public List<UsesRef> uses() {
        List<UsesRef> out = new ArrayList<>();
        for (Job job : jobs()) {
            job.uses().ifPresent(out::add);
            job.steps().forEach(step -> step.uses().ifPresent(out::add));
        }
        if (action != null) {
            action.steps().forEach(step -> step.uses().ifPresent(out::add));
        }
        return out;
    }

    /** The root node GitHub reads: the first document's; empty for a file without any node. */
    public Optional<YamlNode> root() {
        return yaml.nonEmptyDocuments().stream().findFirst().flatMap(YamlDocument::root);
    }

    /**
     * Where the file does not fit {@link GhaSchema} (as a workflow or as action metadata, by
     * {@link #kind()}): unknown keys, missing required keys, wrong types. Computed once, so the rules
     * that share it walk the tree once. Problems about the root itself sit on its first key.
     */
    public List<SchemaProblem> schemaProblems() {
        List<SchemaProblem> result = schemaProblems;
        if (result == null && kind == Kind.DEPENDABOT) {
            result = List.of(); // GitHub's own Dependabot schema is not ours to check
            schemaProblems = result;
        }
        if (result == null) {
            result = root().map(r -> {
                GhaSchema schema = GhaSchema.get();
                var rootKey = r.asMapping().filter(m -> !m.isEmpty()).map(m -> m.entries().get(0).key().range())
                        .orElse(r.range());
                return SchemaValidator.validate(r, kind == Kind.ACTION ? schema.action() : schema.workflow(), rootKey);
            }).orElse(List.of());
            schemaProblems = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return "WorkflowFile[" + kind + ", " + jobs().size() + " jobs, " + steps.size() + " steps]";
    }
}
