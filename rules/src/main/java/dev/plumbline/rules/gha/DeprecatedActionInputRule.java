package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.ActionVersions;
import dev.plumbline.rules.gha.support.LocalAction;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.gha.KnownAction;
import dev.plumbline.syntax.gha.KnownActions;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code with:} input the action marks as deprecated ({@code deprecationMessage} in its metadata):
 * from the bundled table of popular actions (at version tags and at SHAs with a version comment) and
 * from local actions' {@code action.yml} through the workspace index.
 */
public final class DeprecatedActionInputRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/deprecated-action-input", "Deprecated action input",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "action"));

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
            Optional<YamlMapping> with = step.with();
            if (uses.isEmpty() || with.isEmpty() || uses.get().hasExpression()) {
                continue;
            }
            Map<String, String> deprecated = deprecations(uses.get(), versions, index);
            for (YamlEntry entry : with.get().entries()) {
                entry.keyText().map(k -> deprecated.get(k.toLowerCase(Locale.ROOT))).ifPresent(message ->
                        context.report(entry.key().range(), "Input \"" + entry.keyText().orElse("") + "\" of \""
                                + uses.get().name() + "\" is deprecated" + (message.isBlank() ? "" : ": " + message)));
            }
        }
    }

    /** Deprecated inputs by lower-case name, to their message. */
    private static Map<String, String> deprecations(UsesRef uses, ActionVersions versions, Optional<WorkspaceIndex> index) {
        Map<String, String> out = new TreeMap<>();
        if (uses.kind() == UsesRef.Kind.REMOTE_ACTION) {
            Optional<KnownAction> known = KnownActions.lookup(uses);
            if (known.isPresent() && versions.major(uses).isPresent() && known.get().inputsKnownFor(versions.major(uses))) {
                known.get().inputs().values().forEach(i -> i.deprecation()
                        .ifPresent(m -> out.put(i.name().toLowerCase(Locale.ROOT), m)));
            }
        } else if (uses.kind() == UsesRef.Kind.LOCAL_ACTION && !uses.isSelfRepository() && !uses.hasRef()
                && index.isPresent()) {
            String folder = WorkspaceIndex.normalize(uses.path().orElse(""));
            for (String name : List.of("action.yml", "action.yaml")) {
                Optional<LocalAction> local = index.get().facts(folder.isEmpty() ? name : folder + "/" + name,
                        LocalAction.class);
                if (local.isPresent()) {
                    local.get().inputs().forEach((n, i) -> i.deprecation()
                            .ifPresent(m -> out.put(n.toLowerCase(Locale.ROOT), m)));
                    break;
                }
            }
        }
        return out;
    }
}
