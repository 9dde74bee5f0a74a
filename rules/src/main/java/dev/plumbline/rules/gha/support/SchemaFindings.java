package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Collection;
import java.util.Optional;

/** Reports {@link SchemaProblem}s the same way in every rule that owns some: unknown keys get a rename fix. */
public final class SchemaFindings {

    private SchemaFindings() {
    }

    /** Reports {@code problem}; an unknown key close to an allowed one says so and offers the rename. */
    public static void report(RuleContext<WorkflowFile> context, SchemaProblem problem) {
        if (problem.kind() != SchemaProblem.Kind.UNKNOWN_KEY) {
            context.report(problem.range(), problem.message());
            return;
        }
        reportUnknown(context, problem, problem.type().properties().keySet());
    }

    /** Reports an unknown key, suggesting the nearest of {@code allowed}. */
    public static void reportUnknown(RuleContext<WorkflowFile> context, SchemaProblem problem,
            Collection<String> allowed) {
        Optional<String> nearest = NearestName.of(problem.key(), allowed);
        if (nearest.isEmpty()) {
            context.report(problem.range(), problem.message());
            return;
        }
        var report = context.report(problem.range(), problem.message() + "; did you mean \"" + nearest.get() + "\"?");
        if (problem.node().orElse(null) instanceof YamlScalar key && (key.isPlain() || key.style().isQuoted())) {
            report.fix("Rename to \"" + nearest.get() + "\"", new TextEdit(key.range(), nearest.get()));
        }
    }
}
