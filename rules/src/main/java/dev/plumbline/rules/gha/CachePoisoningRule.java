package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.EntryRemoval;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.StepEnvEdits;
import dev.plumbline.rules.gha.support.Triggers;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Workflow;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A cache restored in a workflow that publishes: a release or tag-push trigger, or a job with a
 * publishing step. Caches are shared across the repository's workflows, so code that ran in a less
 * trusted workflow (a pull_request_target or issue_comment workflow on the default branch) can
 * write a poisoned cache that the release build then restores and ships. Steps or jobs guarded
 * against tags and releases are exempt. Where the action has an input that turns its cache off, the
 * fix sets it.
 */
public final class CachePoisoningRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/cache-poisoning", "Cache restored in a publishing workflow",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "cache-poisoning"));

    static final String FIX_TITLE = "Turn the action's cache off";

    private static final Set<String> PUBLISHERS = Set.of("pypa/gh-action-pypi-publish", "softprops/action-gh-release",
            "goreleaser/goreleaser-action", "ncipollo/release-action", "actions/create-release",
            "svenstaro/upload-release-action", "rubygems/release-gem", "changesets/action", "docker/build-push-action",
            "jreleaser/release-action", "rust-lang/crates-io-auth-action");

    /** How a cache-restoring action is recognized and turned off. */
    private enum Kind { ALWAYS, INPUT_SET, INPUT_TRUE, SETUP_GO, CACHE_FROM_GHA }

    private record CacheAction(String name, Kind kind, String input) {
    }

    private static final List<CacheAction> CACHES = List.of(
            new CacheAction("actions/cache", Kind.ALWAYS, null),
            new CacheAction("actions/cache/restore", Kind.ALWAYS, null),
            new CacheAction("swatinem/rust-cache", Kind.ALWAYS, null),
            new CacheAction("actions/setup-node", Kind.INPUT_SET, "cache"),
            new CacheAction("actions/setup-python", Kind.INPUT_SET, "cache"),
            new CacheAction("actions/setup-java", Kind.INPUT_SET, "cache"),
            new CacheAction("actions/setup-dotnet", Kind.INPUT_TRUE, "cache"),
            new CacheAction("actions/setup-go", Kind.SETUP_GO, "cache"),
            new CacheAction("astral-sh/setup-uv", Kind.INPUT_TRUE, "enable-cache"),
            new CacheAction("ruby/setup-ruby", Kind.INPUT_TRUE, "bundler-cache"),
            new CacheAction("pnpm/action-setup", Kind.INPUT_TRUE, "cache"),
            new CacheAction("docker/build-push-action", Kind.CACHE_FROM_GHA, "cache-from"));

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
        String trigger = releaseTrigger(workflow.get());
        for (Job job : workflow.get().jobs()) {
            String why = trigger != null ? trigger : publishingStep(job);
            if (why == null || guarded(job.ifCondition())) {
                continue;
            }
            for (Step step : job.steps()) {
                if (guarded(step.ifCondition())) {
                    continue;
                }
                Optional<String> name = KnownActions.name(step);
                Optional<CacheAction> cache = name.flatMap(n -> CACHES.stream().filter(c -> c.name().equals(n)).findFirst());
                if (cache.isPresent() && restores(step, cache.get())) {
                    report(context, step, cache.get(), why);
                }
            }
        }
    }

    /** {@code a release trigger} or {@code a tag-push trigger}, or null. */
    private static String releaseTrigger(Workflow workflow) {
        Set<String> events = Triggers.events(workflow);
        if (events.contains("release")) {
            return "a release trigger";
        }
        boolean tags = Triggers.event(workflow, "push").flatMap(YamlNode::asMapping)
                .map(push -> push.has("tags")).orElse(false);
        return tags ? "a tag-push trigger" : null;
    }

    /** What in the job publishes, or null. */
    private static String publishingStep(Job job) {
        for (Step step : job.steps()) {
            Optional<String> name = KnownActions.name(step);
            if (name.isPresent() && PUBLISHERS.contains(name.get())) {
                if (name.get().equals("docker/build-push-action")
                        && !KnownActions.inputText(step, "push").map("true"::equals).orElse(false)) {
                    continue;
                }
                return "a publishing step (" + name.get() + ")";
            }
            Optional<RunScript> run = step.run();
            if (run.isPresent()) {
                for (Command command : run.get().commands()) {
                    String first = command.arguments().isEmpty() ? "" : command.arguments().get(0).value();
                    String what = switch (command.name()) {
                        case "npm", "yarn", "pnpm" -> first.equals("publish") ? command.name() + " publish" : null;
                        case "twine" -> first.equals("upload") ? "twine upload" : null;
                        case "cargo", "poetry", "uv" -> first.equals("publish") ? command.name() + " publish" : null;
                        case "gem" -> first.equals("push") ? "gem push" : null;
                        case "docker" -> first.equals("push") ? "docker push" : null;
                        case "goreleaser" -> first.equals("release") ? "goreleaser release" : null;
                        default -> null;
                    };
                    if (what != null) {
                        return "a publishing step (" + what + ")";
                    }
                }
            }
        }
        return null;
    }

    /** An if: that keeps the step or job away from tags and releases. */
    private static boolean guarded(Optional<YamlScalar> condition) {
        return condition.map(c -> {
            String text = c.value().toLowerCase(Locale.ROOT);
            return text.contains("refs/tags") || text.contains("'release'") || text.contains("ref_type");
        }).orElse(false);
    }

    private static boolean restores(Step step, CacheAction cache) {
        Optional<String> input = cache.input() == null ? Optional.empty() : KnownActions.inputText(step, cache.input());
        return switch (cache.kind()) {
            case ALWAYS -> true;
            case INPUT_SET -> input.map(v -> !v.isEmpty() && !v.equals("false")).orElse(false);
            case INPUT_TRUE -> input.map("true"::equals).orElse(false);
            case SETUP_GO -> input.map(v -> !v.equals("false")).orElse(true)
                    && KnownActions.majorVersion(step).map(v -> v >= 4).orElse(true);
            case CACHE_FROM_GHA -> input.map(v -> v.contains("type=gha")).orElse(false);
        };
    }

    private static void report(RuleContext<WorkflowFile> context, Step step, CacheAction cache, String why) {
        Optional<YamlEntry> input = cache.input() == null ? Optional.empty()
                : step.with().flatMap(w -> w.entry(cache.input()));
        Range range = input.map(e -> e.value().range()).orElse(step.usesScalar().orElseThrow().range());
        RuleContext<WorkflowFile>.Report report = context.report(range, cache.name() + " restores a cache in a workflow"
                + " with " + why + "; a cache written by a less trusted workflow could end up in what you publish."
                + " Turn the cache off here or skip this step for tags and releases");
        fix(context, step, cache, input).ifPresent(edit -> report.fix(FIX_TITLE, edit));
    }

    private static Optional<TextEdit> fix(RuleContext<WorkflowFile> context, Step step, CacheAction cache,
            Optional<YamlEntry> input) {
        switch (cache.kind()) {
            case INPUT_SET -> {
                Optional<YamlMapping> with = step.with();
                Optional<YamlEntry> withEntry = step.mapping().flatMap(m -> m.entry("with"));
                return input.isPresent() && with.isPresent() && withEntry.isPresent()
                        ? EntryRemoval.remove(with.get(), input.get(), withEntry.get(), context.document())
                        : Optional.empty();
            }
            case INPUT_TRUE, SETUP_GO -> {
                if (input.isPresent()) {
                    return MappingEdits.setValue(input.get(), "false", context.document());
                }
                YamlNode root = context.model().yaml().nonEmptyDocuments().stream().findFirst()
                        .flatMap(d -> d.rootMapping()).map(m -> (YamlNode) m).orElse(step.node());
                return StepEnvEdits.addTo(step, "with", cache.input(), "false", false, context.document(), root);
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
