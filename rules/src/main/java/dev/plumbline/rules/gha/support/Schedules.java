package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/** The entries of {@code on.schedule}: each cron scalar with its mapping. */
public final class Schedules {

    /** One {@code - cron: …} entry. */
    public record Entry(YamlMapping mapping, YamlScalar cron) {
    }

    private Schedules() {
    }

    public static List<Entry> of(WorkflowFile file) {
        List<Entry> out = new ArrayList<>();
        file.workflow().flatMap(w -> w.trigger("schedule")).flatMap(Trigger::settings).flatMap(YamlNode::asSequence)
                .ifPresent(list -> list.items().forEach(item -> item.asMapping().ifPresent(m -> m.getScalar("cron")
                        .filter(s -> !s.isNull()).ifPresent(cron -> out.add(new Entry(m, cron))))));
        return out;
    }
}
