package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workflow file's root mapping: triggers, permissions, env, defaults and its jobs in document
 * order. {@code jobs:} that is not a mapping gives no jobs; merge keys ({@code <<}) are not jobs
 * (GitHub does not accept them).
 */
public final class Workflow {

    private final YamlMapping mapping;
    private final List<Job> jobs;
    private volatile List<Trigger> triggers;

    Workflow(YamlMapping mapping, TextDocument document) {
        this.mapping = mapping;
        List<Job> list = new ArrayList<>();
        Optional<YamlMapping> jobsMapping = mapping.getMapping("jobs");
        if (jobsMapping.isPresent()) {
            for (YamlEntry entry : jobsMapping.get().entries()) {
                Optional<String> id = entry.key().asScalar().filter(s -> !s.isNull()).map(YamlScalar::value);
                if (id.isPresent() && !entry.isMergeKey()) {
                    list.add(new Job(this, entry, id.get(), document));
                }
            }
        }
        this.jobs = List.copyOf(list);
    }

    /** The root mapping. */
    public YamlMapping mapping() {
        return mapping;
    }

    /** The value under {@code key}, for keys without an accessor of their own. */
    public Optional<YamlNode> get(String key) {
        return mapping.get(key);
    }

    public Optional<YamlScalar> name() {
        return mapping.getScalar("name").filter(s -> !s.isNull());
    }

    /** The {@code on:} entry; its value is an event name, a list of them, or a mapping of events. */
    public Optional<YamlEntry> on() {
        return mapping.entry("on");
    }

    /** The events under {@code on:}, whatever its shape, in document order. */
    public List<Trigger> triggers() {
        List<Trigger> result = triggers;
        if (result == null) {
            result = List.copyOf(Trigger.of(on()));
            triggers = result;
        }
        return result;
    }

    /** The trigger named {@code event}, when {@code on:} has it. */
    public Optional<Trigger> trigger(String event) {
        return triggers().stream().filter(t -> t.name().equals(event)).findFirst();
    }

    public Optional<YamlNode> permissions() {
        return mapping.get("permissions");
    }

    public Optional<YamlMapping> env() {
        return mapping.getMapping("env");
    }

    public Optional<YamlMapping> defaults() {
        return mapping.getMapping("defaults");
    }

    /** {@code defaults.run.shell}. */
    public Optional<YamlScalar> defaultShell() {
        return defaults().flatMap(d -> d.at("run", "shell")).flatMap(YamlNode::asScalar).filter(s -> !s.isNull());
    }

    public Optional<YamlNode> concurrency() {
        return mapping.get("concurrency");
    }

    /** The {@code jobs:} entry, whatever its value. */
    public Optional<YamlEntry> jobsEntry() {
        return mapping.entry("jobs");
    }

    /** Jobs in document order (duplicate ids kept, as written). */
    public List<Job> jobs() {
        return jobs;
    }

    /** The last job with this id, as GitHub reads duplicate keys. */
    public Optional<Job> job(String id) {
        for (int i = jobs.size() - 1; i >= 0; i--) {
            if (jobs.get(i).id().equals(id)) {
                return Optional.of(jobs.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Workflow[" + jobs.size() + " jobs]";
    }
}
