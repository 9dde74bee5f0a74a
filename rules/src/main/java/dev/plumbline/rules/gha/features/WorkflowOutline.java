package dev.plumbline.rules.gha.features;

import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outline of a workflow (its jobs with their steps), of a composite action (its steps) or of a
 * Dependabot configuration (its updates).
 */
final class WorkflowOutline {

    private static final int MAX_NAME = 60;

    private WorkflowOutline() {
    }

    static List<OutlineSymbol> outline(WorkflowFile file) {
        List<OutlineSymbol> out = new ArrayList<>();
        file.dependabot().ifPresent(dependabot -> dependabot.updates().forEach(update -> out.add(new OutlineSymbol(
                update.packageEcosystem().map(s -> s.value().trim()).filter(s -> !s.isEmpty()).orElse("update"),
                OutlineSymbol.Kind.OBJECT, update.directory().orElse(""), update.itemRange(),
                update.packageEcosystem().map(YamlScalar::range).orElse(update.ownerRange()), List.of()))));
        for (Job job : file.jobs()) {
            String detail = job.name().map(YamlScalar::value)
                    .or(() -> job.usesScalar().map(YamlScalar::value))
                    .orElse(String.join(", ", job.runsOnLabels()));
            out.add(new OutlineSymbol(job.id(), OutlineSymbol.Kind.CLASS, detail, job.entry().range(), job.idRange(),
                    steps(job.steps())));
        }
        if (file.action().isPresent()) {
            out.addAll(steps(file.action().get().steps()));
        }
        return out;
    }

    /** A job's steps; those of a {@code parallel:} group nest under it. */
    private static List<OutlineSymbol> steps(List<Step> steps) {
        Map<Step, List<Step>> members = new IdentityHashMap<>();
        List<Step> top = new ArrayList<>();
        for (Step step : steps) {
            Optional<Step> group = step.parallelGroup();
            if (group.isPresent()) {
                members.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(step);
            } else {
                top.add(step);
            }
        }
        return build(top, members);
    }

    private static List<OutlineSymbol> build(List<Step> steps, Map<Step, List<Step>> members) {
        List<OutlineSymbol> out = new ArrayList<>();
        for (Step step : steps) {
            out.add(symbol(step, build(members.getOrDefault(step, List.of()), members)));
        }
        return out;
    }

    private static OutlineSymbol symbol(Step step, List<OutlineSymbol> children) {
        Optional<YamlScalar> name = step.name().or(step::id).or(step::usesScalar).or(step::runScalar);
        String label = name.map(s -> firstLine(s.value())).orElse("step " + (step.index() + 1));
        Range selection = name.map(YamlScalar::range).filter(r -> step.itemRange().contains(r))
                .orElse(step.dashRange());
        String detail = step.usesScalar().map(YamlScalar::value).orElse(step.runScalar().isPresent() ? "run" : "");
        if (detail.equals(label)) {
            detail = "";
        }
        return new OutlineSymbol(label, OutlineSymbol.Kind.FUNCTION, detail, step.itemRange(), selection, children);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > MAX_NAME ? line.substring(0, MAX_NAME - 1) + "…" : line;
    }
}
