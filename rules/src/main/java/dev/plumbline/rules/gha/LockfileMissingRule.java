package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.WorkspacePaths;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An install that needs a lockfile the repository does not have: {@code npm ci}, a frozen
 * {@code yarn}/{@code pnpm install}, {@code uv sync --locked}, and setup-node's {@code cache:
 * npm|yarn|pnpm} (without {@code cache-dependency-path}) — each fails on the runner. The lockfile is
 * looked for in the command's directory and the folders above it (npm, yarn and pnpm workspaces keep
 * it at their root); setup-node looks at the repository root. Needs the workspace index; quiet
 * without it.
 */
public final class LockfileMissingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/lockfile-missing", "Lockfile missing for an install",
            Severity.ERROR, Language.GITHUB_ACTIONS);

    private static final Map<String, List<String>> LOCKFILES = Map.of(
            "npm", List.of("package-lock.json", "npm-shrinkwrap.json"),
            "yarn", List.of("yarn.lock"),
            "pnpm", List.of("pnpm-lock.yaml"),
            "uv", List.of("uv.lock"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        if (index.isEmpty()) {
            return;
        }
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            if (KnownActions.uses(step, "actions/setup-node") && KnownActions.input(step, "cache-dependency-path").isEmpty()) {
                Optional<YamlScalar> cache = KnownActions.input(step, "cache");
                String tool = cache.map(s -> s.value().trim()).orElse("");
                List<String> files = LOCKFILES.get(tool);
                if (files != null && !tool.equals("uv") && files.stream().noneMatch(index.get()::exists)
                        && !WorkspacePaths.mayBeCreatedBefore(step, files.get(0))) {
                    context.report(cache.get().range(), "setup-node's \"cache: " + tool + "\" needs "
                            + String.join(" or ", files) + " at the repository root, and there is none; commit the"
                            + " lockfile or point cache-dependency-path at it");
                }
            }
            Optional<RunScript> script = step.run().filter(RunScript::isPosix);
            if (script.isEmpty()) {
                continue;
            }
            for (Command command : script.get().commands()) {
                Optional<String> tool = lockedInstall(command);
                if (tool.isEmpty() || command.arguments().stream().anyMatch(w -> w.value().startsWith("--prefix")
                        || w.value().equals("-C") || w.value().startsWith("--cwd") || w.value().startsWith("--dir")
                        || w.value().startsWith("--directory") || w.value().startsWith("--project"))) {
                    continue;
                }
                Optional<String> dir = WorkspacePaths.directoryOf(step, script.get(), command);
                List<String> files = LOCKFILES.get(tool.get());
                if (dir.isEmpty() || !WorkspacePaths.exists(index.get(), dir.get())
                        || foundUpwards(index.get(), dir.get(), files)
                        || WorkspacePaths.mayBeCreatedBefore(step, files.get(0))
                        || WorkspacePaths.namedEarlierInScript(script.get(), command, files.get(0))) {
                    continue;
                }
                Word name = command.nameWord().orElseThrow();
                Word last = command.arguments().get(0);
                context.report(new Range(name.range().start(), last.range().end()), "\""
                        + name.value() + " " + last.value() + "\" needs " + String.join(" or ", files) + ", and there is none in \""
                        + (dir.get().isEmpty() ? "." : dir.get()) + "\" or above; commit the lockfile");
            }
        }
    }

    /** The tool whose lockfile the command requires, when it does. */
    private static Optional<String> lockedInstall(Command command) {
        List<String> args = command.arguments().stream().map(Word::value).toList();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String first = args.get(0);
        return switch (command.name()) {
            case "npm" -> first.equals("ci") || first.equals("clean-install") ? Optional.of("npm") : Optional.empty();
            case "yarn" -> (first.equals("install") || first.startsWith("--"))
                    && (args.contains("--frozen-lockfile") || args.contains("--immutable")) ? Optional.of("yarn")
                    : Optional.empty();
            case "pnpm" -> (first.equals("install") || first.equals("i")) && args.contains("--frozen-lockfile")
                    ? Optional.of("pnpm") : Optional.empty();
            case "uv" -> first.equals("sync") && (args.contains("--locked") || args.contains("--frozen"))
                    ? Optional.of("uv") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean foundUpwards(WorkspaceIndex index, String dir, List<String> files) {
        String current = dir;
        while (true) {
            String prefix = current.isEmpty() ? "" : current + "/";
            if (files.stream().anyMatch(f -> index.exists(prefix + f))) {
                return true;
            }
            if (current.isEmpty()) {
                return false;
            }
            int slash = current.lastIndexOf('/');
            current = slash < 0 ? "" : current.substring(0, slash);
        }
    }
}
