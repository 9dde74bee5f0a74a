package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;

/** The mappings of steps (steps of {@code parallel:} groups are among a job's steps already). */
public final class StepMappings {

    private StepMappings() {
    }

    public static List<YamlMapping> of(List<Step> steps) {
        List<YamlMapping> out = new ArrayList<>();
        for (Step step : steps) {
            step.mapping().ifPresent(out::add);
        }
        return out;
    }
}
