package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Questions about a workflow's triggers that security rules ask, answered from {@link Workflow#triggers()}. */
public final class Triggers {

    /** Triggers that run with the base repository's secrets on events outsiders can cause. */
    public static final Set<String> PRIVILEGED = Set.of("pull_request_target", "workflow_run");

    private Triggers() {
    }

    /** The first trigger of {@code file} named in {@code names}. */
    public static Optional<Trigger> first(WorkflowFile file, Set<String> names) {
        return file.workflow().flatMap(w -> w.triggers().stream().filter(t -> names.contains(t.name())).findFirst());
    }

    /** The event names, in the order written. */
    public static Set<String> events(Workflow workflow) {
        Set<String> events = new LinkedHashSet<>();
        workflow.triggers().forEach(t -> events.add(t.name()));
        return events;
    }

    /** The configuration of one event ({@code on.push}), when it has one. */
    public static Optional<YamlNode> event(Workflow workflow, String name) {
        return workflow.trigger(name).flatMap(Trigger::settings);
    }
}
