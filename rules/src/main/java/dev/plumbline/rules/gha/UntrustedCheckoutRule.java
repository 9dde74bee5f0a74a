package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.Triggers;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a workflow triggered by {@code pull_request_target}, {@code workflow_run} or
 * {@code issue_comment} (which run with the base repository's secrets and a write token), a checkout
 * of the pull request's head followed by a step that runs code: the run script, a local action or a
 * build action then executes whatever the pull request's author wrote ("pwn request"). Jobs guarded
 * by an {@code if:} that admits only pull requests from this repository are exempt.
 */
public final class UntrustedCheckoutRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/untrusted-checkout", "Privileged workflow runs pull request code",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "dangerous-triggers"));

    private static final Set<String> PRIVILEGED = Set.of("pull_request_target", "workflow_run", "issue_comment");
    /** Expressions and refs that name the pull request's head. */
    private static final Pattern HEAD = Pattern.compile(
            "github\\.event\\.pull_request\\.head\\.(sha|ref|repo\\.full_name)|github\\.head_ref"
                    + "|github\\.event\\.workflow_run\\.head_(sha|branch|repository\\.full_name)"
                    + "|refs/pull/(\\$\\{\\{[^}]*\\}\\}|[^\\s/]+)/(head|merge)"
                    + "|(?<![\\w/])pull/(\\$\\{\\{[^}]*\\}\\}|[^\\s/]+)/(head|merge)",
            Pattern.CASE_INSENSITIVE);
    /** An if: that admits only pull requests whose head is in this repository. */
    private static final Pattern SAME_REPOSITORY = Pattern.compile(
            "head\\.repo\\.full_name\\s*==\\s*github\\.repository|github\\.repository\\s*==\\s*github\\.event\\."
                    + "pull_request\\.head\\.repo\\.full_name|head\\.repo\\.fork\\s*==\\s*false|!\\s*github\\.event\\."
                    + "pull_request\\.head\\.repo\\.fork", Pattern.CASE_INSENSITIVE);
    /** Actions that build or test the checked-out code. */
    private static final Set<String> BUILDERS = Set.of("docker/build-push-action", "gradle/gradle-build-action",
            "gradle/actions/setup-gradle", "github/codeql-action/autobuild", "cypress-io/github-action",
            "pre-commit/action", "golangci/golangci-lint-action", "goreleaser/goreleaser-action",
            "pypa/gh-action-pypi-publish", "devcontainers/ci");

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
        Optional<String> trigger = Triggers.events(workflow.get()).stream().filter(PRIVILEGED::contains).findFirst();
        if (trigger.isEmpty()) {
            return;
        }
        for (Job job : workflow.get().jobs()) {
            if (job.ifCondition().map(c -> SAME_REPOSITORY.matcher(c.value()).find()).orElse(false)) {
                continue;
            }
            List<Step> steps = job.steps();
            for (int i = 0; i < steps.size(); i++) {
                Optional<Range> checkout = headCheckout(steps.get(i), context.document());
                if (checkout.isEmpty()) {
                    continue;
                }
                Optional<Step> runner = firstRunner(steps, i);
                if (runner.isPresent()) {
                    context.report(checkout.get(), "This \"" + trigger.get() + "\" workflow checks out the pull"
                            + " request's head and step " + (steps.indexOf(runner.get()) + 1) + " ("
                            + describe(runner.get()) + ") runs its code with the base repository's secrets and write"
                            + " token; build untrusted code in a \"pull_request\" workflow instead");
                }
            }
        }
    }

    /** Where a step checks out the pull request's head: checkout's {@code ref}/{@code repository}, or a git command. */
    private static Optional<Range> headCheckout(Step step, TextDocument document) {
        if (KnownActions.uses(step, "actions/checkout")) {
            for (String input : List.of("ref", "repository")) {
                Optional<YamlScalar> value = KnownActions.input(step, input);
                if (value.isPresent() && HEAD.matcher(value.get().value()).find()) {
                    return Optional.of(value.get().range());
                }
            }
            return Optional.empty();
        }
        Optional<RunScript> run = step.run();
        if (run.isEmpty() || !run.get().isPosix()) {
            return Optional.empty();
        }
        for (Command command : run.get().commands()) {
            List<Word> args = command.arguments();
            boolean git = command.name().equals("git") && !args.isEmpty()
                    && Set.of("fetch", "checkout", "switch", "pull").contains(args.get(0).value());
            boolean gh = command.name().equals("gh") && args.size() >= 2 && args.get(0).value().equals("pr")
                    && args.get(1).value().equals("checkout");
            if (gh) {
                return Optional.of(new Range(command.nameWord().orElseThrow().range().start(), args.get(1).range().end()));
            }
            if (git) {
                // the words may be split inside ${{ }}: match the command as written
                int start = document.offsetAt(args.get(0).range().start());
                String written = document.text().substring(start, document.offsetAt(command.range().end()));
                Matcher m = HEAD.matcher(written);
                if (m.find()) {
                    return Optional.of(document.rangeOf(start + m.start(), start + m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The first step after {@code index} that runs the checked-out code. */
    private static Optional<Step> firstRunner(List<Step> steps, int index) {
        for (int j = index + 1; j < steps.size(); j++) {
            Step step = steps.get(j);
            if (step.runScalar().isPresent()
                    || step.uses().map(u -> u.isLocal() && !u.isSelfRepository()).orElse(false)
                    || KnownActions.name(step).map(BUILDERS::contains).orElse(false)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static String describe(Step step) {
        return step.name().map(n -> "\"" + n.value() + "\"")
                .or(() -> step.usesScalar().map(YamlScalar::value))
                .orElse("a run script");
    }
}
