package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of {@code jobs:}: its id (the key) and, when its value is a mapping, its keys. A job
 * either runs {@code steps} on {@code runs-on} or calls a reusable workflow with {@code uses:}.
 */
public final class Job {

    private final Workflow workflow;
    private final YamlEntry entry;
    private final String id;
    private final List<Step> steps;

    Job(Workflow workflow, YamlEntry entry, String id, TextDocument document) {
        this.workflow = workflow;
        this.entry = entry;
        this.id = id;
        Optional<YamlSequence> sequence = mapping().flatMap(m -> m.getSequence("steps"));
        this.steps = sequence.map(seq -> Step.all(this, null, seq, document)).orElse(List.of());
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The job id (its key under {@code jobs:}). */
    public String id() {
        return id;
    }

    /** The {@code <id>: …} entry. */
    public YamlEntry entry() {
        return entry;
    }

    /** The id key as written: where findings about the job itself sit. */
    public Range idRange() {
        return entry.key().range();
    }

    /** The job's body; empty when the value is not a mapping (null, a string, a list). */
    public Optional<YamlMapping> mapping() {
        return entry.value().asMapping();
    }

    /** The value under {@code key}, for keys without an accessor of their own. */
    public Optional<YamlNode> get(String key) {
        return mapping().flatMap(m -> m.get(key));
    }

    public Optional<YamlScalar> name() {
        return scalar("name");
    }

    /** {@code runs-on}: a label, a list of labels, or a {@code group}/{@code labels} mapping. */
    public Optional<YamlNode> runsOn() {
        return get("runs-on");
    }

    /** The {@code runs-on} labels written as scalars (from a string, a list, or the mapping's {@code labels}). */
    public List<String> runsOnLabels() {
        Optional<YamlNode> runsOn = runsOn();
        if (runsOn.isEmpty()) {
            return List.of();
        }
        YamlNode node = runsOn.get();
        Optional<YamlMapping> asMapping = node.asMapping();
        if (asMapping.isPresent()) {
            Optional<YamlNode> labels = asMapping.get().get("labels");
            if (labels.isEmpty()) {
                return List.of();
            }
            node = labels.get();
        }
        List<String> out = new ArrayList<>();
        Optional<YamlSequence> list = node.asSequence();
        if (list.isPresent()) {
            for (YamlNode item : list.get().items()) {
                item.asScalar().filter(s -> !s.isNull()).ifPresent(s -> out.add(s.value()));
            }
        } else {
            node.asScalar().filter(s -> !s.isNull()).ifPresent(s -> out.add(s.value()));
        }
        return out;
    }

    /** True when a {@code runs-on} label names a Windows runner ({@code windows-latest}, {@code windows}). */
    public boolean runsOnWindows() {
        return runsOnLabels().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /** The job-level {@code uses:} of a reusable-workflow call. */
    public Optional<YamlScalar> usesScalar() {
        return scalar("uses");
    }

    public Optional<UsesRef> uses() {
        return usesScalar().map(UsesRef::of);
    }

    /** True for a job that calls a reusable workflow ({@code uses:} at job level). */
    public boolean isReusableWorkflowCall() {
        return usesScalar().isPresent();
    }

    public Optional<YamlMapping> with() {
        return mapping().flatMap(m -> m.getMapping("with"));
    }

    /** {@code secrets:} of a reusable-workflow call: a mapping or {@code inherit}. */
    public Optional<YamlNode> secrets() {
        return get("secrets");
    }

    /** {@code needs:}: a job id or a list of them. */
    public Optional<YamlNode> needs() {
        return get("needs");
    }

    /** {@code container:}: an image string or a mapping with {@code image}. */
    public Optional<YamlNode> container() {
        return get("container");
    }

    public Optional<YamlMapping> services() {
        return mapping().flatMap(m -> m.getMapping("services"));
    }

    public Optional<YamlMapping> defaults() {
        return mapping().flatMap(m -> m.getMapping("defaults"));
    }

    /** {@code defaults.run.shell} of this job. */
    public Optional<YamlScalar> defaultShell() {
        return defaults().flatMap(d -> d.at("run", "shell")).flatMap(YamlNode::asScalar).filter(s -> !s.isNull());
    }

    public Optional<YamlMapping> env() {
        return mapping().flatMap(m -> m.getMapping("env"));
    }

    public Optional<YamlNode> permissions() {
        return get("permissions");
    }

    public Optional<YamlNode> strategy() {
        return get("strategy");
    }

    public Optional<YamlScalar> ifCondition() {
        return scalar("if");
    }

    /** The {@code steps:} sequence, when it is one. */
    public Optional<YamlSequence> stepsSequence() {
        return mapping().flatMap(m -> m.getSequence("steps"));
    }

    /** The steps in document order, those of {@code parallel:} groups right after their group step. */
    public List<Step> steps() {
        return steps;
    }

    private Optional<YamlScalar> scalar(String key) {
        return mapping().flatMap(m -> m.getScalar(key)).filter(s -> !s.isNull());
    }

    @Override
    public String toString() {
        return "Job[" + id + " " + idRange() + ", " + steps.size() + " steps]";
    }
}
