package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ActionVersions;
import dev.plumbline.rules.gha.support.LocalAction;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.StepEnvEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.syntax.gha.KnownAction;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.text.Range;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A step's {@code with:} input that the action does not declare, or a required input (no default) that
 * is missing. Checked against the bundled table of popular actions ({@link KnownActions}) at version
 * tags and at SHAs with a version comment, and against local actions' {@code action.yml} through the
 * workspace index. Input names compare case-insensitively, as GitHub does.
 */
public final class ActionInputRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/action-input", "Unknown or missing action input", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "action"));

    /** The inputs of an action, reduced to what this rule needs. */
    record Declared(String action, Map<String, Boolean> mustPass) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        ActionVersions versions = ActionVersions.of(context.model());
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<UsesRef> uses = step.uses();
            if (uses.isEmpty() || uses.get().hasExpression()) {
                continue;
            }
            declared(uses.get(), versions, index).ifPresent(d -> check(context, step, uses.get(), d));
        }
    }

    static Optional<Declared> declared(UsesRef uses, ActionVersions versions, Optional<WorkspaceIndex> index) {
        if (uses.kind() == UsesRef.Kind.REMOTE_ACTION) {
            Optional<KnownAction> known = KnownActions.lookup(uses);
            OptionalInt major = versions.major(uses);
            if (known.isEmpty() || major.isEmpty() || !known.get().inputsKnownFor(major)) {
                return Optional.empty();
            }
            Map<String, Boolean> inputs = new LinkedHashMap<>();
            known.get().inputs().values().forEach(i -> inputs.put(i.name(), i.required() && i.defaultValue().isEmpty()));
            return Optional.of(new Declared(uses.name(), inputs));
        }
        if (uses.kind() == UsesRef.Kind.LOCAL_ACTION && !uses.isSelfRepository() && index.isPresent() && !uses.hasRef()) {
            String folder = WorkspaceIndex.normalize(uses.path().orElse(""));
            for (String name : List.of("action.yml", "action.yaml")) {
                Optional<LocalAction> local = index.get().facts(folder.isEmpty() ? name : folder + "/" + name,
                        LocalAction.class);
                if (local.isPresent()) {
                    if (!local.get().inputsComplete()) {
                        return Optional.empty();
                    }
                    Map<String, Boolean> inputs = new LinkedHashMap<>();
                    local.get().inputs().forEach((n, i) -> inputs.put(n, i.mustBePassed()));
                    return Optional.of(new Declared(uses.value(), inputs));
                }
            }
        }
        return Optional.empty();
    }

    private static void check(RuleContext<WorkflowFile> context, Step step, UsesRef uses, Declared declared) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        declared.mustPass().keySet().forEach(n -> byLowerCase.put(n.toLowerCase(Locale.ROOT), n));
        Optional<YamlNode> withNode = step.get("with");
        if (withNode.isPresent() && withNode.get().asMapping().isEmpty() && !withNode.get().isNull()) {
            return; // an expression or another shape: nothing to compare
        }
        Optional<YamlMapping> with = step.with();
        java.util.Set<String> given = new java.util.HashSet<>();
        for (YamlEntry entry : with.map(YamlMapping::entries).orElse(List.of())) {
            Optional<String> key = entry.keyText();
            if (key.isEmpty()) {
                continue;
            }
            String lower = key.get().toLowerCase(Locale.ROOT);
            given.add(lower);
            if (!byLowerCase.containsKey(lower)) {
                reportUnknown(context, entry, key.get(), declared);
            }
        }
        Range owner = with.isPresent() ? step.mapping().flatMap(m -> m.entry("with")).map(e -> e.key().range())
                .orElse(uses.range()) : uses.range();
        List<String> missing = declared.mustPass().entrySet().stream()
                .filter(e -> e.getValue() && !given.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).toList();
        if (missing.isEmpty()) {
            return;
        }
        String names = missing.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors.joining(", "));
        var report = context.report(owner, "Action \"" + declared.action() + "\" requires "
                + (missing.size() == 1 ? "input " : "inputs ") + names + ", not given under \"with:\"");
        StepEnvEdits.addAll(step, "with", missing.stream().map(n -> NewEntry.scalar(n, "''")).toList(),
                context.document(), context.model().root().orElse(null))
                .ifPresent(edit -> report.fix(missing.size() == 1 ? "Add input " + names : "Add inputs " + names, edit));
    }

    private static void reportUnknown(RuleContext<WorkflowFile> context, YamlEntry entry, String key, Declared declared) {
        Optional<String> nearest = NearestName.of(key, declared.mustPass().keySet());
        String known = declared.mustPass().isEmpty() ? "it declares no inputs"
                : "it declares " + String.join(", ", declared.mustPass().keySet());
        context.report(entry.key().range(), "Action \"" + declared.action() + "\" has no input \"" + key + "\""
                + nearest.map(n -> "; did you mean \"" + n + "\"?").orElse("; " + known));
    }
}
