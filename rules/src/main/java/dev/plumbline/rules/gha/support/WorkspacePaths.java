package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the paths a step names lie in the repository, for cross-file rules: the step's working
 * directory, {@code cd} in its script, and whether earlier steps may have put files there that the
 * repository does not have (downloaded artifacts, other repositories, generated files). Every answer
 * errs on the side of "unknown", so the rules stay quiet rather than guess.
 */
public final class WorkspacePaths {

    private WorkspacePaths() {
    }

    /** True for a path that can be looked up literally: no variables, expressions, globs, absolute or home paths. */
    public static boolean literal(String path) {
        return !path.isBlank() && !path.contains("$") && !path.contains("*") && !path.contains("?")
                && !path.contains("[") && !path.contains("{") && !path.startsWith("/") && !path.startsWith("~")
                && !path.contains("://") && !path.contains("\\") && !path.equals("-") && !path.contains("..")
                && !path.matches("[A-Za-z]:.*");
    }

    /**
     * The directory a step's {@code run:} starts in, relative to the repository root: the step's
     * {@code working-directory}, else the job's or the workflow's {@code defaults.run.working-directory};
     * empty when it is not literal.
     */
    public static Optional<String> workingDirectory(Step step) {
        Optional<YamlScalar> dir = step.workingDirectory();
        if (dir.isEmpty() && step.job().isPresent()) {
            Job job = step.job().get();
            dir = defaultsDir(job.defaults().map(d -> (YamlNode) d)).or(() -> defaultsDir(job.workflow().defaults()
                    .map(d -> (YamlNode) d)));
        }
        if (dir.isEmpty()) {
            return Optional.of("");
        }
        String value = dir.get().value().trim();
        if (value.equals(".") || value.equals("./")) {
            return Optional.of("");
        }
        return literal(value) ? Optional.of(WorkspaceIndex.normalize(value)) : Optional.empty();
    }

    private static Optional<YamlScalar> defaultsDir(Optional<YamlNode> defaults) {
        return defaults.flatMap(d -> d.at("run", "working-directory")).flatMap(YamlNode::asScalar).filter(s -> !s.isNull());
    }

    /**
     * The directory {@code command} runs in: the step's working directory changed by the {@code cd}
     * commands before it in the script; empty when some {@code cd} is not literal.
     */
    public static Optional<String> directoryOf(Step step, RunScript script, Command command) {
        Optional<String> dir = workingDirectory(step);
        for (Command c : script.commands()) {
            if (c == command || dir.isEmpty()) {
                break;
            }
            if (c.name().equals("cd") || c.name().equals("pushd")) {
                List<Word> args = c.arguments();
                if (args.size() != 1 || !literal(args.get(0).value())) {
                    return Optional.empty();
                }
                dir = Optional.of(resolve(dir.get(), args.get(0).value()));
            } else if (c.name().equals("popd")) {
                return Optional.empty();
            }
        }
        return dir;
    }

    /** {@code written} resolved against {@code directory}, normalized. */
    public static String resolve(String directory, String written) {
        return WorkspaceIndex.normalize(directory.isEmpty() ? written : directory + "/" + written);
    }

    /**
     * True when a step before {@code step} in its job may have put files into the workspace that the
     * repository does not have: it downloads artifacts, checks out another repository or into a
     * sub-folder, clones, fetches or unpacks something, or names {@code path} itself (a generated file).
     */
    public static boolean mayBeCreatedBefore(Step step, String path) {
        List<Step> steps = step.job().map(Job::steps).or(() -> step.action().map(a -> a.steps())).orElse(List.of());
        String name = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
        for (Step other : steps) {
            if (other == step) {
                break;
            }
            Optional<String> uses = KnownActions.name(other);
            if (uses.isPresent()) {
                String action = uses.get();
                if (action.equals("actions/download-artifact") || action.startsWith("dawidd6/action-download-artifact")
                        || (action.equals("actions/checkout") && (KnownActions.input(other, "repository").isPresent()
                                || KnownActions.input(other, "path").isPresent()))) {
                    return true;
                }
                // a path-like input (path, dest, output-file …) that names it
                if (other.with().map(w -> w.entries().stream().anyMatch(e -> PATH_INPUT.matcher(
                        e.keyText().orElse("")).find() && e.value().asScalar().map(s -> names(s.value(), name))
                                .orElse(false))).orElse(false)) {
                    return true;
                }
            }
            Optional<String> run = other.run().map(RunScript::value);
            if (run.isPresent()) {
                String text = run.get().toLowerCase(Locale.ROOT);
                if (names(run.get(), name) || text.contains("git clone") || text.contains("gh repo clone")
                        || text.contains("git checkout") || text.contains("git worktree") || text.contains("tar ")
                        || text.contains("unzip") || text.contains("curl") || text.contains("wget")
                        || text.contains("gh run download") || text.contains("gh release download")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when an earlier command of the same script names {@code path} (e.g. writes it). */
    public static boolean namedEarlierInScript(RunScript script, Command command, String path) {
        String name = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
        for (Command c : script.commands()) {
            if (c == command) {
                return false;
            }
            if (c.words().stream().anyMatch(w -> names(w.value(), name))
                    || c.redirects().stream().anyMatch(r -> r.target().map(t -> names(t.value(), name)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PATH_INPUT =
            java.util.regex.Pattern.compile("path|dest|dir|output|file", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** True when {@code text} mentions {@code name} as a whole path segment (not "web" in "web.yaml"). */
    static boolean names(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean startOk = at == 0 || " \t\n/'\"=:>(".indexOf(text.charAt(at - 1)) >= 0;
            boolean endOk = end == text.length() || " \t\n/'\";)&|".indexOf(text.charAt(end)) >= 0;
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    /** True when {@code path} is a file or a folder in the index. */
    public static boolean exists(WorkspaceIndex index, String path) {
        return path.isEmpty() || index.exists(path) || index.isDirectory(path);
    }
}
