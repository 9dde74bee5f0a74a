package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.SchemaFindings;
import dev.plumbline.syntax.gha.ActionMetadata;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.schema.SchemaProblem;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Problems of an action's metadata file ({@code action.yml}): the schema's (missing {@code name},
 * {@code description} or {@code runs}, keys that do not fit the kind of action, a branding color that
 * does not exist); a {@code runs.using} other than node20, node24, composite or docker (node12 and
 * node16 are retired); and, through the workspace index, {@code main}/{@code pre}/{@code post} scripts
 * or a Dockerfile {@code image} that are not in the action's folder.
 */
public final class InvalidActionMetadataRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-action-metadata", "Invalid action metadata",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "action"));

    private static final Set<String> RUNTIMES = Set.of("node20", "node24", "composite", "docker");
    private static final Set<String> RETIRED = Set.of("node12", "node16", "node10", "node8");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (SchemaProblem problem : context.model().schemaProblems()) {
            if (problem.ownedBy(META.id()) && !lenient(problem)) {
                SchemaFindings.report(context, problem);
            }
        }
        Optional<ActionMetadata> action = context.model().action();
        if (action.isEmpty()) {
            return;
        }
        Optional<YamlScalar> using = action.get().using();
        if (using.isPresent() && !using.get().value().contains("${{")) {
            String value = using.get().value().trim().toLowerCase(Locale.ROOT);
            if (RETIRED.contains(value)) {
                context.report(using.get().range(), "\"using: " + using.get().value() + "\" is a retired Node.js"
                        + " runtime; GitHub runs such actions on a newer one, or refuses them. Use node20 or node24");
            } else if (!RUNTIMES.contains(value)) {
                context.report(using.get().range(), "\"using: " + using.get().value() + "\" is not a runtime GitHub"
                        + " knows; use node20, node24, composite or docker");
            }
        }
        context.workspace().filter(w -> w.ready().isPresent())
                .ifPresent(w -> checkFiles(context, action.get(), w));
    }

    /**
     * GitHub ignores unknown keys (such as {@code type}) and a missing {@code description} in an
     * input's or output's definition, and well-kept actions rely on that: not reported.
     */
    private static boolean lenient(SchemaProblem problem) {
        String title = problem.type().title().orElse("");
        return (title.equals("action input") || title.equals("action output"))
                && problem.kind() != SchemaProblem.Kind.WRONG_TYPE;
    }

    private static void checkFiles(RuleContext<WorkflowFile> context, ActionMetadata action, WorkspaceView workspace) {
        Optional<YamlMapping> runs = action.runs();
        if (runs.isEmpty()) {
            return;
        }
        String using = action.using().map(s -> s.value().trim().toLowerCase(Locale.ROOT)).orElse("");
        WorkspaceIndex index = workspace.index();
        List<String> keys = using.startsWith("node") ? List.of("main", "pre", "post")
                : using.equals("docker") ? List.of("image") : List.of();
        for (String key : keys) {
            Optional<YamlScalar> value = runs.get().getScalar(key).filter(s -> !s.isNull() && !s.value().isBlank());
            if (value.isEmpty() || value.get().value().contains("${{")
                    || value.get().value().regionMatches(true, 0, "docker://", 0, 9)) {
                continue;
            }
            String path = workspace.resolveFromSelf(value.get().value().trim());
            if (path.startsWith("..") || index.exists(path) || index.isDirectory(path)) {
                continue;
            }
            context.report(value.get().range(), "\"" + key + ": " + value.get().value() + "\" names a file that is not in"
                    + " the action's folder (" + path + ")"
                    + (key.equals("main") || key.equals("pre") || key.equals("post")
                            ? "; is the built script committed?" : ""));
        }
    }
}
