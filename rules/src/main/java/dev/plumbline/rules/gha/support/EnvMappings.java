package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code env:} mapping of a workflow or action: the workflow's, each job's, each step's, a job
 * container's and each service's, and an action's {@code runs.env}.
 */
public final class EnvMappings {

    /**
     * One {@code env:} mapping.
     *
     * @param entry the {@code env: …} entry (its value is the mapping)
     * @param mapping the variables
     * @param container true for a job container's or a service's env (variables of another program)
     */
    public record Env(YamlEntry entry, YamlMapping mapping, boolean container) {
    }

    private EnvMappings() {
    }

    public static List<Env> of(WorkflowFile file) {
        List<Env> out = new ArrayList<>();
        file.workflow().ifPresent(w -> add(w.mapping(), false, out));
        for (Job job : file.jobs()) {
            job.mapping().ifPresent(m -> add(m, false, out));
            job.container().flatMap(YamlNode::asMapping).ifPresent(c -> add(c, true, out));
            job.services().ifPresent(services -> services.entries().forEach(
                    service -> service.value().asMapping().ifPresent(s -> add(s, true, out))));
        }
        for (Step step : file.steps()) {
            step.mapping().ifPresent(m -> add(m, false, out));
        }
        file.action().flatMap(a -> a.runs()).ifPresent(runs -> add(runs, false, out));
        return out;
    }

    private static void add(YamlMapping owner, boolean container, List<Env> out) {
        Optional<YamlEntry> env = owner.entry("env");
        env.ifPresent(e -> e.value().asMapping().ifPresent(m -> out.add(new Env(e, m, container))));
    }
}
