package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.StepMappings;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import java.util.List;
import java.util.regex.Pattern;

/** A job or step id GitHub does not accept: it must start with a letter or {@code _} and hold only letters, digits, {@code -} and {@code _}. */
public final class InvalidIdRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-id", "Malformed job or step id", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "id"));

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final String SHAPE = " must start with a letter or \"_\" and contain only letters, digits, \"-\""
            + " and \"_\"";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        WorkflowFile file = context.model();
        for (Job job : file.jobs()) {
            if (!ID.matcher(job.id()).matches()) {
                context.report(job.idRange(), "Job id \"" + job.id() + "\"" + SHAPE);
            }
            checkSteps(context, StepMappings.of(job.steps()));
        }
        file.action().ifPresent(action -> checkSteps(context, StepMappings.of(action.steps())));
    }

    private static void checkSteps(RuleContext<WorkflowFile> context, List<YamlMapping> steps) {
        for (YamlMapping step : steps) {
            step.getScalar("id").filter(s -> !s.isNull()).ifPresent(id -> {
                String value = id.value();
                if (!value.contains("${{") && !ID.matcher(value).matches()) {
                    context.report(id.range(), "Step id \"" + value + "\"" + SHAPE);
                }
            });
        }
    }
}
