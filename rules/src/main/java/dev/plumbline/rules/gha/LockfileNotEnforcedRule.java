package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.RepositoryRoot;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An install that may rewrite the lockfile instead of failing when it is out of date: {@code yarn
 * install} (or bare {@code yarn}) without {@code --frozen-lockfile}/{@code --immutable}, {@code bundle
 * install} without a frozen or deployment setting, {@code uv sync} without {@code --locked} or
 * {@code --frozen}, and {@code composer update}. Yarn 2+ repositories (a {@code .yarnrc.yml} in the
 * workspace) are immutable on CI by default and exempt, as is pnpm (frozen on CI by default); a
 * {@code composer update} in a repository without {@code composer.lock}, or with
 * {@code --prefer-lowest}, is not a lockfile install.
 */
public final class LockfileNotEnforcedRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/lockfile-not-enforced", "Install may rewrite the lockfile",
            Severity.WARNING, Language.GITHUB_ACTIONS);

    private static final Set<String> YARN_FROZEN = Set.of("--frozen-lockfile", "--immutable", "--pure-lockfile");
    private static final Set<String> BUNDLE_FROZEN = Set.of("--frozen", "--deployment");
    private static final Set<String> UV_LOCKED = Set.of("--locked", "--frozen");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<WorkspaceIndex> index = RepositoryRoot.of(context);
        // Yarn 2+ is immutable on CI; without the workspace the version is unknown, so yarn is not judged
        boolean yarnBerry = index.map(i -> i.exists(".yarnrc.yml") || !i.matching("**/.yarnrc.yml").isEmpty()
                || i.isDirectory(".yarn/releases")).orElse(true);
        boolean composerLock = index.map(i -> i.exists("composer.lock") || !i.matching("**/composer.lock").isEmpty())
                .orElse(true);
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().isPosix()) {
                continue;
            }
            boolean yarnModern = yarnBerry || earlierInJob(step, LockfileNotEnforcedRule::setsUpModernYarn);
            boolean bundleConfigured = earlierInJob(step, LockfileNotEnforcedRule::bundlerDeployment);
            for (Command command : script.get().commands()) {
                List<Word> args = command.arguments();
                String first = args.isEmpty() ? "" : args.get(0).value();
                switch (command.name()) {
                    case "yarn" -> {
                        if (!yarnModern && (args.isEmpty() || first.equals("install") || isOnlyOptions(args))
                                && args.stream().noneMatch(w -> YARN_FROZEN.contains(w.value()))
                                && !env(step, command, "YARN_FROZEN_LOCKFILE", "YARN_ENABLE_IMMUTABLE_INSTALLS")) {
                            Word last = args.isEmpty() ? command.nameWord().orElseThrow() : args.get(args.size() - 1);
                            report(context, script.get(), command, first.equals("install") ? 1 : 0,
                                    "\"yarn install\" may rewrite yarn.lock instead of failing when it is out of date;"
                                            + " add --frozen-lockfile (Yarn 1) or --immutable (Yarn 2+)",
                                    "Add --frozen-lockfile", last, " --frozen-lockfile");
                        }
                    }
                    case "bundle" -> {
                        if (first.equals("config") && args.stream().anyMatch(w -> w.value().equals("frozen")
                                || w.value().equals("deployment") || w.value().startsWith("frozen=")
                                || w.value().startsWith("deployment="))) {
                            bundleConfigured = true;
                        } else if (first.equals("install") && !bundleConfigured
                                && args.stream().noneMatch(w -> BUNDLE_FROZEN.contains(w.value()))
                                && !env(step, command, "BUNDLE_FROZEN", "BUNDLE_DEPLOYMENT")) {
                            Word name = command.nameWord().orElseThrow();
                            Range range = new Range(name.range().start(), args.get(0).range().end());
                            var report = context.report(range, "\"bundle install\" may rewrite Gemfile.lock instead of"
                                    + " failing when it is out of date; set BUNDLE_FROZEN=true (or deployment mode)");
                            if (script.get().exact() && command.assignments().isEmpty()) {
                                report.fix("Set BUNDLE_FROZEN=true", new TextEdit(Range.empty(name.range().start()),
                                        "BUNDLE_FROZEN=true "));
                            }
                        }
                    }
                    case "uv" -> {
                        if (first.equals("sync") && args.stream().noneMatch(w -> UV_LOCKED.contains(w.value()))
                                && !env(step, command, "UV_LOCKED", "UV_FROZEN")) {
                            report(context, script.get(), command, 1, "\"uv sync\" may rewrite uv.lock instead of"
                                    + " failing when it is out of date; add --locked", "Add --locked",
                                    args.get(args.size() - 1), " --locked");
                        }
                    }
                    case "composer" -> {
                        if (first.equals("update") && composerLock && args.stream().skip(1)
                                .noneMatch(w -> !w.value().startsWith("-") || w.value().startsWith("--prefer-lowest"))) {
                            Word name = command.nameWord().orElseThrow();
                            var report = context.report(new Range(name.range().start(), args.get(0).range().end()),
                                    "\"composer update\" resolves dependencies anew and rewrites composer.lock; use"
                                            + " \"composer install\" to install what the lockfile pins");
                            if (script.get().exact() && context.document().textOf(args.get(0).range()).equals("update")) {
                                report.fix("Replace with composer install", new TextEdit(args.get(0).range(), "install"));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** True when a step before {@code step} in its job (or composite action), or {@code step} itself, matches. */
    private static boolean earlierInJob(Step step, java.util.function.Predicate<Step> test) {
        List<Step> steps = step.job().map(Job::steps).or(() -> step.action().map(a -> a.steps())).orElse(List.of());
        for (Step other : steps) {
            if (test.test(other)) {
                return true;
            }
            if (other == step) {
                break;
            }
        }
        return false;
    }

    /** corepack or {@code yarn set version}: a Yarn 2+ setup. */
    private static boolean setsUpModernYarn(Step step) {
        return step.run().map(s -> s.value().contains("corepack") || s.value().contains("yarn set version")
                || s.value().matches("(?s).*yarn@[2-9].*")).orElse(false);
    }

    /** ruby/setup-ruby with {@code bundler-cache: true} installs in deployment mode, frozen to Gemfile.lock. */
    private static boolean bundlerDeployment(Step step) {
        // any action with bundler-cache (ruby/setup-ruby, its forks, or the action tested in its own repository)
        return step.uses().isPresent() && step.with().flatMap(w -> w.getScalar("bundler-cache"))
                .map(s -> s.value().trim().equals("true")).orElse(false);
    }

    /** {@code yarn --silent}: options only, which is an install too. */
    private static boolean isOnlyOptions(List<Word> args) {
        return args.stream().allMatch(w -> w.value().startsWith("-"));
    }

    /** True when the command, its step, job or workflow sets one of the variables. */
    private static boolean env(Step step, Command command, String... variables) {
        for (String variable : variables) {
            if (command.assignment(variable).isPresent()
                    || has(step.env(), variable)
                    || step.job().map(Job::env).map(e -> has(e, variable)).orElse(false)
                    || step.job().map(j -> j.workflow().env()).map(e -> has(e, variable)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Optional<YamlMapping> env, String variable) {
        return env.map(m -> m.has(variable)).orElse(false);
    }

    private static void report(RuleContext<WorkflowFile> context, RunScript script, Command command, int upTo,
            String message, String fixTitle, Word last, String flag) {
        Word name = command.nameWord().orElseThrow();
        Word end = upTo == 0 || command.arguments().isEmpty() ? name : command.arguments().get(upTo - 1);
        var report = context.report(new Range(name.range().start(), end.range().end()), message);
        if (script.exact()) {
            report.fix(fixTitle, new TextEdit(Range.empty(last.range().end()), flag));
        }
    }
}
