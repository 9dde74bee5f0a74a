package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.JobFacts;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.Scanners;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image pushed to a registry ({@code docker push}, {@code docker buildx build --push},
 * {@code docker/build-push-action} with {@code push: true}, …) by a job in which no image scanner runs
 * (trivy, grype, snyk container, docker scout, anchore …) — nor in a job it needs, nor in a job that
 * needs it. Images with known vulnerabilities then reach the registry unnoticed.
 */
public final class ImagePushWithoutScanRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/image-push-without-scan", "Image pushed without a vulnerability scan",
            Severity.INFORMATION, Language.GITHUB_ACTIONS);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        List<Job> jobs = context.model().jobs();
        // whether a job scans and where it pushes is the job's own business: kept per job across keystrokes
        Optional<JobFacts> facts = JobFacts.of(context.model());
        List<JobPushes> perJob = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            int line = facts.isPresent() ? facts.get().line(i) : 0;
            perJob.add(facts.isPresent() ? facts.get().get(META.id(), i, JobPushes.class, () -> JobPushes.of(job, line))
                    : JobPushes.of(job, 0));
        }
        Map<String, Job> byId = new HashMap<>();
        jobs.forEach(j -> byId.put(j.id(), j));
        Set<String> scanning = new HashSet<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (perJob.get(i).scans()) {
                scanning.add(jobs.get(i).id());
            }
        }
        for (int i = 0; i < jobs.size(); i++) {
            context.checkCanceled();
            Job job = jobs.get(i);
            List<Range> pushes = perJob.get(i).pushes();
            if (pushes.isEmpty() || related(job, byId, jobs).stream().anyMatch(scanning::contains)) {
                continue;
            }
            int line = facts.isPresent() ? facts.get().line(i) : 0;
            for (Range push : pushes) {
                context.report(push.shiftLines(line), "This pushes an image that no step of job \"" + job.id()
                        + "\" (or of a job it needs) scans for vulnerabilities; scan it before pushing (trivy, grype,"
                        + " docker scout …)");
            }
        }
        context.model().action().ifPresent(action -> {
            if (action.steps().stream().noneMatch(ImagePushWithoutScanRule::scans)) {
                action.steps().forEach(step -> pushes(step).forEach(push -> context.report(push, "This pushes an image"
                        + " that no step of the action scans for vulnerabilities; scan it before pushing (trivy, grype,"
                        + " docker scout …)")));
            }
        });
    }

    /**
     * Whether a job's steps scan images, and where they push, on lines relative to {@code line}.
     */
    private record JobPushes(boolean scans, List<Range> pushes) {

        static JobPushes of(Job job, int line) {
            List<Range> pushes = new ArrayList<>();
            job.steps().forEach(step -> ImagePushWithoutScanRule.pushes(step)
                    .forEach(push -> pushes.add(push.shiftLines(-line))));
            return new JobPushes(job.steps().stream().anyMatch(ImagePushWithoutScanRule::scans), List.copyOf(pushes));
        }
    }

    /** The job, the jobs it needs (transitively) and the jobs that need it. */
    private static Set<String> related(Job job, Map<String, Job> byId, List<Job> jobs) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(job.id()));
        while (!queue.isEmpty()) {
            String id = queue.pop();
            if (seen.add(id) && byId.containsKey(id)) {
                queue.addAll(needs(byId.get(id)));
            }
        }
        for (Job other : jobs) {
            if (needs(other).contains(job.id())) {
                seen.add(other.id());
            }
        }
        return seen;
    }

    private static List<String> needs(Job job) {
        Optional<YamlNode> needs = job.needs();
        if (needs.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        needs.get().asScalar().filter(s -> !s.isNull()).ifPresent(s -> out.add(s.value()));
        needs.get().asSequence().ifPresent(seq -> seq.items().forEach(i -> i.asScalar().ifPresent(s -> out.add(s.value()))));
        return out;
    }

    private static boolean scans(Step step) {
        if (step.uses().filter(u -> u.isRemote()).map(u -> u.name().toLowerCase(java.util.Locale.ROOT))
                .map(Scanners::isImageScannerAction).orElse(false)) {
            return true;
        }
        return step.run().filter(RunScript::isPosix).map(s -> s.commands().stream().anyMatch(Scanners::scansImages))
                .orElse(false);
    }

    /** Where the step pushes an image. */
    static List<Range> pushes(Step step) {
        List<Range> out = new ArrayList<>();
        Optional<String> action = KnownActions.name(step);
        if (action.isPresent() && (action.get().equals("docker/build-push-action") || action.get().equals("docker/bake-action"))) {
            KnownActions.input(step, "push").filter(s -> s.value().trim().equalsIgnoreCase("true"))
                    .map(YamlScalar::range).ifPresent(out::add);
        }
        step.run().filter(RunScript::isPosix).ifPresent(script -> {
            for (Command command : script.commands()) {
                pushRange(command).ifPresent(out::add);
            }
        });
        return out;
    }

    private static Optional<Range> pushRange(Command command) {
        List<Word> args = command.arguments();
        if (args.isEmpty() || command.nameWord().isEmpty()) {
            return Optional.empty();
        }
        Word name = command.nameWord().get();
        String first = args.get(0).value();
        String second = args.size() > 1 ? args.get(1).value() : "";
        switch (command.name()) {
            case "docker", "podman", "buildah" -> {
                if (first.equals("push")) {
                    return Optional.of(new Range(name.range().start(), args.get(0).range().end()));
                }
                if (first.equals("image") && second.equals("push")) {
                    return Optional.of(new Range(name.range().start(), args.get(1).range().end()));
                }
                boolean build = first.equals("build") || (first.equals("buildx")
                        && (second.equals("build") || second.equals("bake")));
                if (build) {
                    for (Word w : args) {
                        String v = w.value();
                        if (v.equals("--push") || v.contains("type=registry") || v.equals("--push=true")) {
                            return Optional.of(w.range());
                        }
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
