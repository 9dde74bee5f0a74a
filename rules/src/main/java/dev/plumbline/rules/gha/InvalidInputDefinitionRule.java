package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.rules.gha.support.SchemaFindings;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.yaml.ScalarType;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * Malformed inputs, secrets and outputs of {@code workflow_dispatch} and {@code workflow_call}:
 * unknown or missing keys and types, a {@code choice} without options or with a default that is not
 * one of them, a default that is not the declared boolean or number, a required call input with a
 * default (never used), an output without {@code value}.
 */
public final class InvalidInputDefinitionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-input-definition", "Malformed input, secret or output definition",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "events"),
            PeerId.of(PeerId.ACTIONLINT, "workflow-call"));

    private static final PeerId EVENTS = PeerId.of(PeerId.ACTIONLINT, "events");
    private static final PeerId WORKFLOW_CALL = PeerId.of(PeerId.ACTIONLINT, "workflow-call");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Workflow> workflow = context.model().workflow();
        if (workflow.isEmpty()) {
            return;
        }
        for (SchemaProblem problem : context.model().schemaProblems()) {
            if (problem.ownedBy(META.id())) {
                SchemaFindings.report(context, problem);
            }
        }
        workflow.get().trigger("workflow_dispatch").flatMap(Trigger::settingsMapping)
                .flatMap(s -> s.getMapping("inputs")).ifPresent(inputs -> checkInputs(context, inputs, false));
        workflow.get().trigger("workflow_call").flatMap(Trigger::settingsMapping)
                .flatMap(s -> s.getMapping("inputs")).ifPresent(inputs -> checkInputs(context, inputs, true));
    }

    private static void checkInputs(RuleContext<WorkflowFile> context, YamlMapping inputs, boolean call) {
        PeerId peer = call ? WORKFLOW_CALL : EVENTS;
        for (YamlEntry entry : inputs.entries()) {
            Optional<YamlMapping> input = entry.value().asMapping();
            String name = entry.keyText().orElse("");
            if (input.isEmpty() || entry.isMergeKey()) {
                continue;
            }
            String type = input.get().getScalar("type").filter(s -> !s.isNull()).map(YamlScalar::value).orElse("string");
            Optional<YamlScalar> dflt = input.get().getScalar("default").filter(s -> !s.isNull() && !Scalars.hasExpression(s));
            if (type.equals("choice") && !call) {
                List<YamlScalar> options = input.get().get("options").map(Scalars::of).orElse(List.of());
                if (options.isEmpty()) {
                    context.report(entry.key().range(), "Choice input \"" + name + "\" has no options").peers(peer);
                } else if (dflt.isPresent() && options.stream().noneMatch(o -> o.value().equals(dflt.get().value()))) {
                    context.report(dflt.get().range(), "Default \"" + dflt.get().value() + "\" of input \"" + name
                            + "\" is not one of its options").peers(peer);
                }
            }
            if (dflt.isPresent() && type.equals("boolean") && dflt.get().type() != ScalarType.BOOL
                    && !dflt.get().value().equalsIgnoreCase("true") && !dflt.get().value().equalsIgnoreCase("false")) {
                context.report(dflt.get().range(), "Default \"" + dflt.get().value() + "\" of boolean input \"" + name
                        + "\" is not true or false").peers(peer);
            }
            if (dflt.isPresent() && type.equals("number") && dflt.get().type() != ScalarType.INT
                    && dflt.get().type() != ScalarType.FLOAT
                    && !dflt.get().value().trim().matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                context.report(dflt.get().range(), "Default \"" + dflt.get().value() + "\" of number input \"" + name
                        + "\" is not a number").peers(peer);
            }
            boolean required = input.get().getScalar("required").flatMap(YamlScalar::asBoolean).orElse(false);
            if (call && required && input.get().has("default")) {
                context.report(input.get().entry("default").orElseThrow().key().range(), "Input \"" + name
                        + "\" is required, so its default is never used; drop one of them").peers(peer);
            }
        }
    }
}
