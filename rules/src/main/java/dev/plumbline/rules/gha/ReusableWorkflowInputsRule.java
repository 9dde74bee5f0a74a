package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.CalledWorkflow;
import dev.plumbline.rules.gha.support.LocalCalls;
import dev.plumbline.rules.gha.support.MappingInsert;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.ScalarType;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call of a reusable workflow of this repository checked against what the callee declares: unknown
 * inputs and secrets, required ones not passed, input values of the wrong type, and
 * {@code needs.<call>.outputs.<x>} naming an output the callee does not declare. The fix inserts the
 * missing required inputs. Needs the workspace index; quiet without it.
 */
public final class ReusableWorkflowInputsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/reusable-workflow-inputs", "Call that does not match the called workflow",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "workflow-call"));

    static final String FIX_TITLE = "Add the missing required inputs";

    private static final Pattern OUTPUT_REF = Pattern.compile("needs\\.([A-Za-z_][A-Za-z0-9_-]*)\\.outputs\\.([A-Za-z_][A-Za-z0-9_-]*)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Map<String, CalledWorkflow> callees = new HashMap<>();
        for (LocalCalls.Call call : LocalCalls.of(context)) {
            if (call.callee().isEmpty() || !call.callee().get().callable()) {
                continue;
            }
            CalledWorkflow callee = call.callee().get();
            callees.put(call.job().id(), callee);
            checkInputs(context, call, callee);
            checkSecrets(context, call, callee);
        }
        if (!callees.isEmpty()) {
            checkOutputReferences(context, callees);
        }
    }

    private static void checkInputs(RuleContext<WorkflowFile> context, LocalCalls.Call call, CalledWorkflow callee) {
        Optional<YamlMapping> with = call.job().with();
        String workflow = call.uses().value();
        if (with.isPresent()) {
            for (YamlEntry entry : with.get().entries()) {
                Optional<String> name = entry.keyText();
                if (name.isEmpty() || entry.isMergeKey()) {
                    continue;
                }
                CalledWorkflow.Input input = callee.inputs().get(name.get());
                if (input == null) {
                    Optional<String> nearest = NearestName.of(name.get(), callee.inputs().keySet());
                    var report = context.report(entry.key().range(), "Workflow \"" + workflow + "\" has no input \""
                            + name.get() + "\"" + nearest.map(n -> "; did you mean \"" + n + "\"?").orElse(""));
                    nearest.ifPresent(n -> report.fix("Rename to \"" + n + "\"", new TextEdit(entry.key().range(), n)));
                    continue;
                }
                if (entry.value() instanceof YamlScalar value && !value.isNull() && !value.value().contains("${{")) {
                    boolean fits = switch (input.type()) {
                        case "boolean" -> value.type() == ScalarType.BOOL;
                        case "number" -> value.type() == ScalarType.INT || value.type() == ScalarType.FLOAT;
                        default -> true;
                    };
                    if (!fits) {
                        context.report(value.range(), "Input \"" + name.get() + "\" of \"" + workflow + "\" is a "
                                + input.type() + ", not \"" + value.value() + "\"");
                    }
                }
            }
        }
        List<String> missing = callee.inputs().entrySet().stream()
                .filter(e -> e.getValue().mustBePassed() && with.map(w -> !w.has(e.getKey())).orElse(true))
                .map(Map.Entry::getKey).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        var report = context.report(call.uses().range(), "Workflow \"" + workflow + "\" requires input"
                + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
                + ", which this call does not pass");
        insertion(context, call.job(), with, missing).ifPresent(edit -> report.fix(FIX_TITLE, edit));
    }

    private static Optional<TextEdit> insertion(RuleContext<WorkflowFile> context, Job job, Optional<YamlMapping> with,
            List<String> missing) {
        StringBuilder lines = new StringBuilder();
        if (with.isPresent()) {
            if (with.get().isEmpty()) {
                return Optional.empty();
            }
            missing.forEach(m -> lines.append(lines.length() == 0 ? "" : "\n").append(m).append(": \"\""));
            return MappingInsert.lines(context.document(), with.get(),
                    Optional.of(with.get().entries().get(with.get().size() - 1)), lines.toString());
        }
        Optional<YamlMapping> mapping = job.mapping();
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        lines.append("with:");
        missing.forEach(m -> lines.append("\n  ").append(m).append(": \"\""));
        return MappingInsert.lines(context.document(), mapping.get(), mapping.get().entry("uses"), lines.toString());
    }

    private static void checkSecrets(RuleContext<WorkflowFile> context, LocalCalls.Call call, CalledWorkflow callee) {
        Optional<YamlNode> secrets = call.job().secrets();
        if (secrets.isPresent() && secrets.get().asScalar().map(s -> s.value().equals("inherit")).orElse(false)) {
            return;
        }
        Optional<YamlMapping> passed = secrets.flatMap(YamlNode::asMapping);
        String workflow = call.uses().value();
        passed.ifPresent(p -> {
            for (YamlEntry entry : p.entries()) {
                entry.keyText().filter(name -> !callee.secrets().containsKey(name) && !entry.isMergeKey())
                        .ifPresent(name -> context.report(entry.key().range(), "Workflow \"" + workflow
                                + "\" has no secret \"" + name + "\""));
            }
        });
        List<String> missing = callee.secrets().entrySet().stream()
                .filter(e -> e.getValue() && passed.map(p -> !p.has(e.getKey())).orElse(true))
                .map(Map.Entry::getKey).sorted().toList();
        if (!missing.isEmpty()) {
            context.report(call.uses().range(), "Workflow \"" + workflow + "\" requires secret"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList())
                    + ", which this call does not pass (nor \"secrets: inherit\")");
        }
    }

    private static void checkOutputReferences(RuleContext<WorkflowFile> context, Map<String, CalledWorkflow> callees) {
        context.model().root().ifPresent(root -> root.walk(node -> {
            if (!(node instanceof YamlScalar scalar) || !scalar.value().contains("needs.")) {
                return;
            }
            Matcher m = OUTPUT_REF.matcher(scalar.value());
            while (m.find()) {
                CalledWorkflow callee = callees.get(m.group(1));
                if (callee != null && !callee.outputs().contains(m.group(2))) {
                    context.report(scalar.content().rangeOf(m.start(2), m.end(2)), "Job \"" + m.group(1)
                            + "\" calls a workflow that has no output \"" + m.group(2) + "\"");
                }
            }
        }));
    }
}
