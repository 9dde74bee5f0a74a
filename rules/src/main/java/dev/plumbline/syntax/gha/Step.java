package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One item of a job's {@code steps:} or of a composite action's {@code runs.steps}, or of a step's
 * {@code parallel:} group. An item that is not a mapping (a string, a null) is still a step, with
 * every key absent.
 */
public final class Step {

    private final Job job;
    private final ActionMetadata action;
    private final YamlSequence sequence;
    private final int index;
    private final TextDocument document;
    private final Step group;
    private volatile Optional<RunScript> run;
    /** A script an earlier snapshot parsed from this very scalar, and how to move it here: see {@link WorkflowFile#reparse}. */
    private RunScript earlier;
    private Relocation relocation;

    Step(Job job, ActionMetadata action, YamlSequence sequence, int index, TextDocument document) {
        this(job, action, sequence, index, document, null);
    }

    Step(Job job, ActionMetadata action, YamlSequence sequence, int index, TextDocument document, Step group) {
        this.job = job;
        this.action = action;
        this.sequence = sequence;
        this.index = index;
        this.document = document;
        this.group = group;
    }

    /** Nesting deeper than this is not followed for {@code parallel:} groups. */
    private static final int MAX_GROUP_DEPTH = 16;

    /**
     * The steps of {@code sequence} in document order, each followed by the steps of its
     * {@code parallel:} group (recursively): they run in the same job and share its step ids.
     */
    static List<Step> all(Job job, ActionMetadata action, YamlSequence sequence, TextDocument document) {
        List<Step> out = new ArrayList<>();
        addAll(out, job, action, sequence, document, null, 0);
        return List.copyOf(out);
    }

    private static void addAll(List<Step> out, Job job, ActionMetadata action, YamlSequence sequence,
            TextDocument document, Step group, int depth) {
        for (int i = 0; i < sequence.size(); i++) {
            Step step = new Step(job, action, sequence, i, document, group);
            out.add(step);
            Optional<YamlSequence> parallel = step.mapping().flatMap(m -> m.getSequence("parallel"));
            if (parallel.isPresent() && depth < MAX_GROUP_DEPTH) {
                addAll(out, job, action, parallel.get(), document, step, depth + 1);
            }
        }
    }

    /** The step whose {@code parallel:} group holds this one; empty for a step of the job's own list. */
    public Optional<Step> parallelGroup() {
        return Optional.ofNullable(group);
    }

    /** The job this step belongs to; empty for a composite action's step. */
    public Optional<Job> job() {
        return Optional.ofNullable(job);
    }

    /** The composite action this step belongs to; empty for a workflow step. */
    public Optional<ActionMetadata> action() {
        return Optional.ofNullable(action);
    }

    /** 0-based position in its {@code steps:} (or {@code parallel:}) sequence. */
    public int index() {
        return index;
    }

    /** The item's node (through an alias it may be the anchored node elsewhere). */
    public YamlNode node() {
        return sequence.items().get(index);
    }

    /** From the item's {@code -} to its end. */
    public Range itemRange() {
        return sequence.itemRange(index);
    }

    /** The {@code -} of a block item, else the start of the item: where findings about the whole step sit. */
    public Range dashRange() {
        return sequence.dashRange(index).orElseGet(() -> Range.empty(itemRange().start()));
    }

    public Optional<YamlMapping> mapping() {
        return node().asMapping();
    }

    /** The value under {@code key}, for keys without an accessor of their own. */
    public Optional<YamlNode> get(String key) {
        return mapping().flatMap(m -> m.get(key));
    }

    public Optional<YamlScalar> id() {
        return scalar("id");
    }

    public Optional<YamlScalar> name() {
        return scalar("name");
    }

    public Optional<YamlScalar> usesScalar() {
        return scalar("uses");
    }

    /** The parsed {@code uses:} value. */
    public Optional<UsesRef> uses() {
        return usesScalar().map(UsesRef::of);
    }

    public Optional<YamlScalar> runScalar() {
        return scalar("run");
    }

    /** The step's own {@code shell:}. */
    public Optional<YamlScalar> shellScalar() {
        return scalar("shell");
    }

    public Optional<YamlMapping> with() {
        return mapping().flatMap(m -> m.getMapping("with"));
    }

    public Optional<YamlMapping> env() {
        return mapping().flatMap(m -> m.getMapping("env"));
    }

    public Optional<YamlScalar> ifCondition() {
        return scalar("if");
    }

    public Optional<YamlScalar> workingDirectory() {
        return scalar("working-directory");
    }

    /** The {@code run:} script with its effective shell; empty for a step without a scalar {@code run:}. */
    public Optional<RunScript> run() {
        Optional<RunScript> result = run;
        if (result == null) {
            result = runScalar().map(scalar -> {
                Optional<YamlScalar> declared = shellScalar();
                if (declared.isEmpty() && job != null) {
                    declared = job.defaultShell().or(() -> job.workflow().defaultShell());
                }
                String shell = declared.map(YamlScalar::value)
                        .orElseGet(() -> job != null && job.runsOnWindows() ? "pwsh" : "bash");
                if (earlier != null && earlier.scalar() == scalar && earlier.shell().equals(shell)
                        && earlier.shellScalar().orElse(null) == declared.orElse(null)) {
                    return earlier.relocated(relocation); // same scalar, shell and text: the same parse, moved
                }
                return new RunScript(scalar, document, shell, declared.orElse(null));
            });
            run = result;
        }
        return result;
    }

    /** The script {@link #run()} has parsed so far, without parsing it. */
    Optional<RunScript> parsedRun() {
        Optional<RunScript> result = run;
        return result == null ? Optional.empty() : result;
    }

    /**
     * Offers scripts an earlier snapshot of the document parsed: this step takes the one parsed from
     * its own {@code run:} scalar (the very node, which the incremental parse keeps only outside the
     * re-parsed entry) when that scalar lies wholly before the change, or after it with no line added
     * or removed: its text is then the same, at offsets {@code change} moved.
     */
    void offerEarlier(java.util.Map<YamlScalar, RunScript> scripts, TextDocument before, TextDocument.Change change) {
        Optional<RunScript> script = runScalar().map(scripts::get);
        if (script.isEmpty()) {
            return;
        }
        dev.plumbline.text.Range range = script.get().scalar().range();
        if (before.offsetAt(range.end()) < change.start()) {
            relocation = new Relocation(0, 0, document);
        } else if (before.offsetAt(range.start()) >= change.oldEnd() && before.lineCount() == document.lineCount()) {
            relocation = new Relocation(change.newEnd() - change.oldEnd(), 0, document);
        } else {
            return;
        }
        earlier = script.get();
    }

    /** A non-null scalar under {@code key}. */
    private Optional<YamlScalar> scalar(String key) {
        return mapping().flatMap(m -> m.getScalar(key)).filter(s -> !s.isNull());
    }

    @Override
    public String toString() {
        return "Step[" + (job != null ? job.id() : "action") + "#" + index + " " + itemRange() + "]";
    }
}
