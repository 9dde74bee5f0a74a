package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.GlobAnswers;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.rules.gha.support.WorkspacePaths;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path pattern that matches no file of the repository: a {@code hashFiles()} argument (the hash is
 * then empty and the cache key constant), a setup action's {@code cache-dependency-path} (the step
 * fails), an {@code on.<event>.paths} filter (it never triggers the workflow), or a
 * {@code working-directory} (the step fails). Patterns with expressions or variables, negations
 * ({@code !…}), and paths an earlier step may create are skipped. Needs the workspace index.
 */
public final class PathMatchesNothingRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/path-matches-nothing", "Path matches no file", Severity.WARNING,
            Language.GITHUB_ACTIONS);

    private static final Pattern HASH_FILES = Pattern.compile("hashFiles\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");
    private static final Set<String> CACHE_PATH_ACTIONS = Set.of("actions/setup-node", "actions/setup-python",
            "actions/setup-go", "actions/setup-java", "actions/setup-dotnet");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> found = RepositoryRoot.of(context);
        if (found.isEmpty()) {
            return;
        }
        WorkspaceIndex index = found.get();
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            step.mapping().ifPresent(m -> hashFiles(context, index, step, m));
            String action = KnownActions.name(step).orElse("");
            Optional<YamlScalar> cachePath = CACHE_PATH_ACTIONS.contains(action)
                    ? KnownActions.input(step, "cache-dependency-path")
                    : action.equals("pnpm/action-setup") ? KnownActions.input(step, "cache_dependency_path")
                    : Optional.empty();
            cachePath.ifPresent(p -> cacheDependencyPath(context, index, step, p));
            step.workingDirectory().ifPresent(dir -> workingDirectory(context, index, step, dir));
        }
        for (Job job : context.model().jobs()) {
            job.defaults().flatMap(d -> d.at("run", "working-directory")).flatMap(YamlNode::asScalar)
                    .filter(s -> !s.isNull()).ifPresent(dir -> workingDirectory(context, index, null, dir));
        }
        context.model().workflow().ifPresent(w -> {
            w.defaults().flatMap(d -> d.at("run", "working-directory")).flatMap(YamlNode::asScalar)
                    .filter(s -> !s.isNull()).ifPresent(dir -> workingDirectory(context, index, null, dir));
            for (Trigger trigger : w.triggers()) {
                trigger.settingsMapping().flatMap(m -> m.get("paths")).ifPresent(paths -> {
                    for (YamlScalar pattern : Scalars.of(paths)) {
                        String value = pattern.value().trim();
                        if (checkable(value) && !matches(index, value)) {
                            context.report(pattern.range(), "No file of this repository matches the paths filter \""
                                    + value + "\", so changes can never trigger \"" + trigger.name() + "\" through it");
                        }
                    }
                });
            }
        });
    }

    private static void hashFiles(RuleContext<WorkflowFile> context, WorkspaceIndex index, Step step, YamlNode node) {
        List<YamlScalar> scalars = new ArrayList<>();
        node.walk(n -> n.asScalar().filter(s -> s == n && s.value().contains("ashFiles")).ifPresent(scalars::add));
        for (YamlScalar scalar : scalars) {
            String value = scalar.value();
            Matcher call = HASH_FILES.matcher(value);
            while (call.find()) {
                Matcher literal = LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    String pattern = literal.group(1).replace("''", "'").trim();
                    if (!checkable(pattern) || matches(index, pattern) || createdEarlier(step, pattern)) {
                        continue;
                    }
                    int start = call.start(1) + literal.start();
                    int end = call.start(1) + literal.end();
                    context.report(scalar.content().rangeOf(start, end), "hashFiles('" + pattern + "') matches no file"
                            + " of this repository, so it hashes nothing and the key never changes");
                }
            }
        }
    }

    private static void cacheDependencyPath(RuleContext<WorkflowFile> context, WorkspaceIndex index, Step step,
            YamlScalar paths) {
        String value = paths.value();
        int offset = 0;
        for (String line : value.split("\n", -1)) {
            String pattern = line.trim();
            if (checkable(pattern) && !matches(index, pattern) && !createdEarlier(step, pattern)) {
                int start = offset + line.indexOf(pattern);
                context.report(paths.content().rangeOf(start, start + pattern.length()), "cache-dependency-path \""
                        + pattern + "\" matches no file of this repository, so the step fails to compute its cache key");
            }
            offset += line.length() + 1;
        }
    }

    private static void workingDirectory(RuleContext<WorkflowFile> context, WorkspaceIndex index, Step step,
            YamlScalar dir) {
        String value = dir.value().trim();
        if (!WorkspacePaths.literal(value) || value.equals(".") || value.equals("./")) {
            return;
        }
        String path = WorkspaceIndex.normalize(value);
        if (index.isDirectory(path) || index.exists(path)) {
            return;
        }
        boolean maybeCreated = step != null ? WorkspacePaths.mayBeCreatedBefore(step, path)
                : context.model().steps().stream().anyMatch(s -> s.run().map(r -> r.value().contains(path)).orElse(false)
                        || KnownActions.input(s, "path").isPresent() || KnownActions.uses(s, "actions/download-artifact"));
        if (!maybeCreated) {
            context.report(dir.range(), "working-directory \"" + value + "\" is not a folder of this repository");
        }
    }

    /** A pattern that can be looked up: no expressions, variables or negation. */
    private static boolean checkable(String pattern) {
        return !pattern.isEmpty() && !pattern.startsWith("!") && !pattern.contains("${{") && !pattern.contains("$")
                && !pattern.startsWith("/") && !pattern.startsWith("~") && !pattern.contains("..")
                && !pattern.contains("\\");
    }

    /** GitHub's globs: {@code **}{@code /x} also matches {@code x} at the root; a folder matches itself. */
    static boolean matches(WorkspaceIndex index, String pattern) {
        return GlobAnswers.of(index, pattern, p -> scan(index, p));
    }

    private static boolean scan(WorkspaceIndex index, String pattern) {
        String normalized = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        if (!normalized.matches(".*[*?\\[{].*")) {
            return index.exists(normalized) || index.isDirectory(normalized);
        }
        if (!index.matching(normalized).isEmpty()) {
            return true;
        }
        String rootLevel = normalized;
        while (rootLevel.startsWith("**/")) {
            rootLevel = rootLevel.substring(3);
        }
        return !rootLevel.equals(normalized) && !index.matching(rootLevel).isEmpty();
    }

    private static boolean createdEarlier(Step step, String pattern) {
        if (step == null) {
            return false;
        }
        String last = pattern.substring(pattern.lastIndexOf('/') + 1);
        return WorkspacePaths.mayBeCreatedBefore(step, last.matches(".*[*?\\[{].*") ? "\u0000" : last)
                || KnownActions.uses(step, "actions/cache/save");
    }
}
