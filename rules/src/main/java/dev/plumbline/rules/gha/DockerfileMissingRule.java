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
import java.util.Optional;
import java.util.Set;

/**
 * A Dockerfile that a build names but the repository does not have: {@code docker build -f <file>}
 * (also {@code docker buildx build}, {@code docker image build}, {@code podman build}), the default
 * {@code <context>/Dockerfile} of such a build, and {@code docker/build-push-action}'s {@code file:}
 * or its default {@code <context>/Dockerfile}, or a {@code context:} folder that does not exist. Paths
 * with variables or expressions, remote contexts and files an earlier step may have created are
 * skipped. Needs the workspace index; quiet without it.
 */
public final class DockerfileMissingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/dockerfile-missing", "Dockerfile of a build is missing",
            Severity.ERROR, Language.GITHUB_ACTIONS);

    /** docker build options that take no value. */
    private static final Set<String> FLAGS = Set.of("--push", "--load", "--pull", "--no-cache", "-q", "--quiet", "--rm",
            "--force-rm", "--squash", "--compress", "--disable-content-trust", "--check", "--debug");

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
            if (KnownActions.uses(step, "docker/build-push-action")) {
                checkAction(context, index.get(), step);
            }
            Optional<RunScript> script = step.run().filter(RunScript::isPosix);
            if (script.isPresent()) {
                for (Command command : script.get().commands()) {
                    checkCommand(context, index.get(), step, script.get(), command);
                }
            }
        }
    }

    private static void checkAction(RuleContext<WorkflowFile> context, WorkspaceIndex index, Step step) {
        Optional<YamlScalar> file = KnownActions.input(step, "file");
        Optional<YamlScalar> ctx = KnownActions.input(step, "context");
        String contextPath = ctx.map(s -> s.value().trim()).orElse(".");
        if (!WorkspacePaths.literal(contextPath.equals(".") ? "x" : contextPath)) {
            return;
        }
        String contextDir = WorkspaceIndex.normalize(contextPath);
        if (ctx.isPresent() && !WorkspacePaths.exists(index, contextDir)) {
            if (!WorkspacePaths.mayBeCreatedBefore(step, contextDir)) {
                context.report(ctx.get().range(), "Build context \"" + contextPath + "\" is not a folder of this"
                        + " repository");
            }
            return;
        }
        if (file.isPresent()) {
            String written = file.get().value().trim();
            if (WorkspacePaths.literal(written)) {
                String path = WorkspaceIndex.normalize(written);
                if (!index.exists(path) && !WorkspacePaths.mayBeCreatedBefore(step, path)) {
                    context.report(file.get().range(), "Dockerfile \"" + written + "\" does not exist in this repository");
                }
            }
        } else {
            String path = WorkspacePaths.resolve(contextDir, "Dockerfile");
            if (!index.exists(path) && !WorkspacePaths.mayBeCreatedBefore(step, path)) {
                Range range = ctx.map(YamlScalar::range).orElseGet(() -> step.usesScalar().orElseThrow().range());
                context.report(range, "There is no Dockerfile at \"" + path + "\", the default of this build; set"
                        + " \"file:\" or add the Dockerfile");
            }
        }
    }

    private static void checkCommand(RuleContext<WorkflowFile> context, WorkspaceIndex index, Step step,
            RunScript script, Command command) {
        List<Word> args = command.arguments();
        if (args.isEmpty()) {
            return;
        }
        String name = command.name();
        int from;
        String first = args.get(0).value();
        String second = args.size() > 1 ? args.get(1).value() : "";
        if ((name.equals("docker") || name.equals("podman")) && first.equals("build")) {
            from = 1;
        } else if (name.equals("docker") && ((first.equals("buildx") && second.equals("build"))
                || (first.equals("image") && second.equals("build")))) {
            from = 2;
        } else {
            return;
        }
        Word file = null;
        String fileValue = null;
        Word buildContext = null;
        for (int i = from; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("-f") || v.equals("--file")) {
                if (i + 1 < args.size()) {
                    file = args.get(i + 1);
                    fileValue = file.value();
                }
                i++;
            } else if (v.startsWith("--file=")) {
                file = args.get(i);
                fileValue = v.substring("--file=".length());
            } else if (v.startsWith("-f") && v.length() > 2 && !v.startsWith("--")) {
                file = args.get(i);
                fileValue = v.substring(2);
            } else if (v.startsWith("-")) {
                if (!v.contains("=") && !FLAGS.contains(v)) {
                    i++; // the option's value
                }
            } else {
                buildContext = args.get(i);
            }
        }
        Optional<String> dir = WorkspacePaths.directoryOf(step, script, command);
        if (dir.isEmpty() || !WorkspacePaths.exists(index, dir.get())) {
            return;
        }
        if (file != null) {
            if (WorkspacePaths.literal(fileValue)) {
                String path = WorkspacePaths.resolve(dir.get(), fileValue);
                if (!index.exists(path) && !WorkspacePaths.mayBeCreatedBefore(step, path)
                        && !WorkspacePaths.namedEarlierInScript(script, command, fileValue)) {
                    context.report(file.range(), "Dockerfile \"" + fileValue + "\" does not exist in this repository"
                            + (dir.get().isEmpty() ? "" : " (looked up from \"" + dir.get() + "\")"));
                }
            }
            return;
        }
        if (buildContext == null || !WorkspacePaths.literal(buildContext.value().equals(".") ? "x" : buildContext.value())) {
            return;
        }
        String contextDir = WorkspacePaths.resolve(dir.get(), buildContext.value());
        if (!WorkspacePaths.exists(index, contextDir)) {
            return; // a missing folder is not this rule's: it may be generated
        }
        String dockerfile = WorkspacePaths.resolve(contextDir, "Dockerfile");
        boolean containerfile = index.exists(WorkspacePaths.resolve(contextDir, "Containerfile"));
        if (!index.exists(dockerfile) && !(name.equals("podman") && containerfile)
                && !WorkspacePaths.mayBeCreatedBefore(step, dockerfile)
                && !WorkspacePaths.namedEarlierInScript(script, command, "Dockerfile")) {
            context.report(buildContext.range(), "There is no Dockerfile at \"" + dockerfile + "\", the default of this"
                    + " build; pass -f or add the Dockerfile");
        }
    }
}
