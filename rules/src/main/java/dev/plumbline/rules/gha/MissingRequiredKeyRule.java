package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A required key that is missing or empty ({@code on}, {@code jobs}, a job's {@code runs-on} and
 * {@code steps}, …), a step with neither or both of {@code run} and {@code uses} (steps that only
 * {@code wait}, {@code wait-all}, {@code cancel} or group {@code parallel} steps need neither), and a composite
 * action's run step without {@code shell}. The finding sits on the owner: the job's id, the step's dash.
 */
public final class MissingRequiredKeyRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/missing-required-key", "Required key missing or empty",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "syntax-check"));

    /** Keys of steps that neither run a script nor an action: they wait for, stop or group other steps. */
    private static final List<String> CONTROL_KEYS = List.of("wait", "wait-all", "cancel", "parallel");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (SchemaProblem problem : context.model().schemaProblems()) {
            if (problem.kind() == SchemaProblem.Kind.MISSING_KEY && problem.isGeneric()) {
                context.report(problem.range(), problem.message());
            }
        }
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<YamlMapping> mapping = step.mapping();
            if (mapping.isEmpty() || mapping.get().hasMergeKeys()) {
                continue;
            }
            Optional<YamlEntry> run = mapping.get().entry("run");
            Optional<YamlEntry> uses = mapping.get().entry("uses");
            if (run.isEmpty() && uses.isEmpty() && CONTROL_KEYS.stream().noneMatch(mapping.get()::has)) {
                context.report(step.dashRange(), "Step has neither \"run\" nor \"uses\"; give it a script or an action");
            } else if (run.isPresent() && uses.isPresent()) {
                YamlEntry later = run.get().key().range().start().isBefore(uses.get().key().range().start())
                        ? uses.get() : run.get();
                context.report(later.key().range(),
                        "Step has both \"run\" and \"uses\"; a step runs either a script or an action");
            } else if (run.isPresent() && step.action().isPresent() && step.action().get().isComposite()
                    && mapping.get().entry("shell").isEmpty()) {
                context.report(run.get().key().range(),
                        "Run step of a composite action has no \"shell\"; composite actions require one");
            }
        }
    }
}
