package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.SequenceEdits;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matrix mistakes: a value twice in one variable, {@code exclude} naming a variable the matrix lacks
 * or a value no combination has, and a matrix that expands to no job at all. Variables built by an
 * expression ({@code fromJSON}) are not judged.
 */
public final class InvalidMatrixRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-matrix", "Matrix with duplicates or excludes that match nothing",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "matrix"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            job.strategy().flatMap(YamlNode::asMapping).flatMap(s -> s.getMapping("matrix"))
                    .ifPresent(matrix -> checkMatrix(context, matrix));
        }
    }

    private static void checkMatrix(RuleContext<WorkflowFile> context, YamlMapping matrix) {
        if (matrix.hasMergeKeys()) {
            return;
        }
        Map<String, Optional<YamlSequence>> variables = new LinkedHashMap<>(); // empty: computed at run time
        for (YamlEntry entry : matrix.entries()) {
            String key = entry.keyText().orElse("");
            if (key.equals("include") || key.equals("exclude") || key.isEmpty()) {
                continue;
            }
            Optional<YamlSequence> values = entry.value().asSequence();
            variables.put(key, values);
            values.ifPresent(list -> reportDuplicates(context, key, list));
        }
        boolean hasInclude = matrix.get("include").map(n -> !n.isNull()).orElse(false);
        matrix.getSequence("exclude").ifPresent(exclude -> checkExcludes(context, variables, exclude));
        if (!hasInclude) {
            for (Map.Entry<String, Optional<YamlSequence>> variable : variables.entrySet()) {
                if (variable.getValue().map(YamlSequence::isEmpty).orElse(false)) {
                    context.report(matrix.entry(variable.getKey()).orElseThrow().key().range(), "Matrix variable \""
                            + variable.getKey() + "\" has no values, so the matrix expands to no job at all");
                }
            }
        }
    }

    private static void reportDuplicates(RuleContext<WorkflowFile> context, String key, YamlSequence list) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.items().get(i) instanceof YamlScalar value) || value.isNull() || value.value().contains("${{")) {
                continue;
            }
            if (!seen.add(value.value())) {
                var report = context.report(value.range(), "Matrix variable \"" + key + "\" lists \"" + value.value()
                        + "\" twice, so those jobs run twice");
                SequenceEdits.removeItem(list, i, context.document())
                        .ifPresent(edit -> report.fix("Remove the duplicate value", edit));
            }
        }
    }

    private static void checkExcludes(RuleContext<WorkflowFile> context, Map<String, Optional<YamlSequence>> variables,
            YamlSequence exclude) {
        for (YamlNode item : exclude.items()) {
            Optional<YamlMapping> row = item.asMapping();
            if (row.isEmpty()) {
                continue;
            }
            for (YamlEntry entry : row.get().entries()) {
                Optional<String> key = entry.keyText();
                if (key.isEmpty() || entry.isMergeKey()) {
                    continue;
                }
                Optional<String> variable = variables.keySet().stream().filter(key.get()::equalsIgnoreCase).findFirst();
                if (variable.isEmpty()) { // GitHub matches matrix keys without regard to case
                    context.report(entry.key().range(), "Exclude names \"" + key.get()
                            + "\", which is not a variable of this matrix, so it excludes nothing");
                    continue;
                }
                Optional<YamlSequence> values = variables.get(variable.get());
                if (values.isEmpty() || !(entry.value() instanceof YamlScalar value) || value.isNull()
                        || value.value().contains("${{")) {
                    continue;
                }
                boolean scalarsOnly = values.get().items().stream().allMatch(v -> v instanceof YamlScalar);
                if (scalarsOnly && values.get().items().stream()
                        .noneMatch(v -> v instanceof YamlScalar s && (s.value().equals(value.value()) || s.value().contains("${{")))) {
                    context.report(value.range(), "Exclude value \"" + value.value() + "\" is not one of the values of \""
                            + key.get() + "\", so it excludes nothing");
                }
            }
        }
    }
}
