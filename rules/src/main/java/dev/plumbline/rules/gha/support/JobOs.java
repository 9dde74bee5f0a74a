package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.schema.GhaSchema;
import dev.plumbline.syntax.gha.schema.RunnerLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The operating system a job runs on, when its {@code runs-on} labels say so unambiguously. */
public final class JobOs {

    private JobOs() {
    }

    /** {@code linux}, {@code windows} or {@code macos}; empty when unknown (expressions, custom labels, mixed). */
    public static Optional<String> of(Job job) {
        List<String> labels = job.runsOnLabels();
        if (labels.isEmpty() || labels.stream().anyMatch(l -> l.contains("${{"))) {
            return Optional.empty();
        }
        GhaSchema schema = GhaSchema.get();
        Set<String> systems = new HashSet<>();
        for (String label : labels) {
            String lower = label.trim().toLowerCase(Locale.ROOT);
            schema.runnerLabel(lower).map(RunnerLabel::os).ifPresent(systems::add);
            if (lower.equals("linux") || lower.equals("windows") || lower.equals("macos")) {
                systems.add(lower);
            }
        }
        return systems.size() == 1 ? Optional.of(systems.iterator().next()) : Optional.empty();
    }
}
