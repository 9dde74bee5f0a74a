package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The events that trigger a workflow, from {@code on:} in any of its shapes (string, list, mapping). */
public final class Triggers {

    private Triggers() {
    }

    /** The event names, in the order written. */
    public static Set<String> events(Workflow workflow) {
        Set<String> events = new LinkedHashSet<>();
        Optional<YamlNode> on = workflow.on().map(YamlEntry::value);
        if (on.isEmpty()) {
            return events;
        }
        YamlNode node = on.get();
        if (node.asMapping().isPresent()) {
            events.addAll(node.asMapping().get().keys());
        } else if (node.asSequence().isPresent()) {
            for (YamlNode item : node.asSequence().map(YamlSequence::items).orElse(List.of())) {
                item.asText().ifPresent(events::add);
            }
        } else {
            node.asText().filter(t -> !node.isNull()).ifPresent(events::add);
        }
        return events;
    }

    /** The configuration of one event ({@code on.push}), when {@code on:} is a mapping. */
    public static Optional<YamlNode> event(Workflow workflow, String name) {
        return workflow.on().map(YamlEntry::value).flatMap(YamlNode::asMapping).flatMap(m -> m.get(name));
    }
}
