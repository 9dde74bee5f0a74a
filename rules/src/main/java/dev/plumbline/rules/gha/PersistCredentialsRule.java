package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.StepEnvEdits;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * {@code actions/checkout} without {@code persist-credentials: false}: the job's token stays in
 * {@code .git/config} for every later step, and anything that uploads the workspace (an artifact, a
 * cache, a Docker build context) can leak it. Still reported for checkout v6 and later, which keeps
 * the token outside the work tree but still hands it to every later git command.
 */
public final class PersistCredentialsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/persist-credentials", "Checkout keeps the token on disk",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "artipacked"));

    static final String FIX_TITLE = "Add persist-credentials: false";
    private static final String INPUT = "persist-credentials";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            if (!KnownActions.uses(step, "actions/checkout")) {
                continue;
            }
            Optional<YamlEntry> input = step.with().flatMap(w -> w.entry(INPUT));
            Optional<YamlScalar> value = input.flatMap(e -> e.value().asScalar());
            if (value.isPresent() && (value.get().value().trim().equalsIgnoreCase("false")
                    || value.get().value().contains("${{"))) {
                continue;
            }
            YamlScalar uses = step.usesScalar().orElseThrow();
            RuleContext<WorkflowFile>.Report report = context.report(value.filter(v -> !v.isNull())
                    .map(YamlNode::range).orElse(uses.range()), "actions/checkout leaves the job's token in the git"
                    + " configuration for every later step; set \"persist-credentials: false\" unless a later step"
                    + " pushes with it");
            Optional<TextEdit> edit = input.isPresent()
                    ? MappingEdits.setValue(input.get(), "false", context.document())
                    : StepEnvEdits.addTo(step, "with", INPUT, "false", false, context.document(), root(context, step));
            edit.ifPresent(e -> report.fix(FIX_TITLE, e));
        }
    }

    private static YamlNode root(RuleContext<WorkflowFile> context, Step step) {
        return context.model().yaml().nonEmptyDocuments().stream().findFirst()
                .flatMap(d -> d.rootMapping()).map(m -> (YamlNode) m).orElse(step.node());
    }
}
