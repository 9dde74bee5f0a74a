package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Triggers;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a workflow triggered by {@code pull_request_target}, {@code workflow_run} or {@code issue_comment}:
 * a checkout of the pull request's code (actions/checkout with a PR-head {@code ref} or the fork as
 * {@code repository}, or {@code gh pr checkout} / {@code git fetch … pull/N/head} in a script) followed
 * by a step that runs code: a run step, a local action, or a build action. The PR's code then runs
 * with this repository's secrets and a writable token.
 */
public final class UntrustedCheckoutRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/untrusted-checkout", "Pull request code run with secrets",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "dangerous-triggers"));

    private static final Set<String> TRIGGERS = Set.of("pull_request_target", "workflow_run", "issue_comment");
    /** Expressions and refs that name the pull request's head (its code). */
    private static final Pattern HEAD = Pattern.compile("github\\.event\\.pull_request\\.head\\.(sha|ref)"
            + "|github\\.head_ref|github\\.event\\.pull_request\\.merge_commit_sha"
            + "|github\\.event\\.workflow_run\\.head_(sha|branch)|github\\.event\\.pull_request\\.head\\.repo\\.full_name"
            + "|refs/pull/(\\$\\{\\{[^}]*\\}\\}|[^/\\s]+)/(head|merge)");
    private static final Pattern SCRIPT_CHECKOUT = Pattern.compile("gh\\s+pr\\s+checkout"
            + "|git\\s+fetch\\b[^\\n]*pull/(\\$\\{\\{[^}]*\\}\\}|[^\\s/]+)/(head|merge)"
            + "|git\\s+(checkout|switch)\\b[^\\n]*(" + HEAD.pattern() + ")");
    /** Actions that build or test the checked-out code. */
    private static final Set<String> BUILD_ACTIONS = Set.of("docker/build-push-action", "docker/bake-action",
            "gradle/gradle-build-action", "github/codeql-action/autobuild", "borales/actions-yarn",
            "cypress-io/github-action", "pre-commit/action");

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Checkout(Range range, int stepIndex) {
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Trigger> trigger = Triggers.first(context.model(), TRIGGERS);
        if (trigger.isEmpty()) {
            return;
        }
        for (Job job : context.model().jobs()) {
            List<Step> steps = job.steps();
            for (int i = 0; i < steps.size(); i++) {
                Optional<Checkout> checkout = checkout(steps.get(i), i);
                if (checkout.isEmpty()) {
                    continue;
                }
                for (int j = checkout.get().stepIndex() + 1; j < steps.size(); j++) {
                    if (runsCode(steps.get(j))) {
                        String runner = "the step at line " + (steps.get(j).dashRange().start().line() + 1);
                        context.report(checkout.get().range(), "Checks out the pull request's code in a \""
                                + trigger.get().name() + "\" workflow, and " + runner + " runs it with this repository's"
                                + " secrets and a writable token");
                        break;
                    }
                }
            }
        }
    }

    private static Optional<Checkout> checkout(Step step, int index) {
        Optional<UsesRef> uses = step.uses();
        if (uses.isPresent() && uses.get().repository().map(r -> r.toLowerCase(Locale.ROOT).equals("actions/checkout"))
                .orElse(false)) {
            for (String input : List.of("ref", "repository")) {
                Optional<YamlScalar> value = step.with().flatMap(w -> w.getScalar(input)).filter(s -> !s.isNull());
                if (value.isPresent() && HEAD.matcher(value.get().value()).find()) {
                    return Optional.of(new Checkout(value.get().range(), index));
                }
            }
            return Optional.empty();
        }
        Optional<RunScript> script = step.run();
        if (script.isPresent()) {
            MappedText text = script.get().text();
            Matcher m = SCRIPT_CHECKOUT.matcher(text.text());
            if (m.find()) {
                return Optional.of(new Checkout(text.range(m.start(), m.end()), index));
            }
        }
        return Optional.empty();
    }

    private static boolean runsCode(Step step) {
        if (step.run().isPresent()) {
            return true;
        }
        Optional<UsesRef> uses = step.uses();
        if (uses.isEmpty()) {
            return false;
        }
        if (uses.get().isLocal() && !uses.get().isSelfRepository()) {
            return true;
        }
        String name = uses.get().name().toLowerCase(Locale.ROOT);
        return BUILD_ACTIONS.contains(name);
    }
}
