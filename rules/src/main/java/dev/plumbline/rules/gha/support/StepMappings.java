package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mappings of steps, the ones grouped under a step's {@code parallel:} included (they share the job's ids). */
public final class StepMappings {

    private static final int MAX_DEPTH = 16;

    private StepMappings() {
    }

    public static List<YamlMapping> of(List<Step> steps) {
        List<YamlMapping> out = new ArrayList<>();
        for (Step step : steps) {
            step.mapping().ifPresent(m -> add(m, out, 0));
        }
        return out;
    }

    private static void add(YamlMapping step, List<YamlMapping> out, int depth) {
        out.add(step);
        Optional<YamlSequence> parallel = step.getSequence("parallel");
        if (parallel.isEmpty() || depth >= MAX_DEPTH) {
            return;
        }
        for (YamlNode item : parallel.get().items()) {
            item.asMapping().ifPresent(m -> add(m, out, depth + 1));
        }
    }
}
