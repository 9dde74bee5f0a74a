package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deployment that cannot notice its own failure: {@code helm upgrade} without {@code --atomic}
 * (Helm 4: {@code --rollback-on-failure}), so a release whose pods never become ready stays broken;
 * and {@code kubectl apply}, {@code kubectl set image} or {@code kubectl rollout restart} with no
 * {@code kubectl rollout status} (or {@code kubectl wait}) later in the job, so the workflow reports
 * success before the rollout has finished — or failed. Dry runs and {@code helm upgrade --help} are
 * exempt. The fix adds {@code --atomic} to {@code helm upgrade}.
 */
public final class DeployWithoutRollbackRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/deploy-without-rollback", "Deployment without rollback or rollout check",
            Severity.WARNING, Language.GITHUB_ACTIONS);

    static final String FIX_TITLE = "Add --atomic";

    private static final Set<String> ATOMIC = Set.of("--atomic", "--rollback-on-failure", "--atomic=true",
            "--rollback-on-failure=true");

    /** One command of a job's run scripts, in job order. */
    private record JobCommand(RunScript script, Command command) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Job job : context.model().jobs()) {
            context.checkCanceled();
            if (job.steps().stream().noneMatch(DeployWithoutRollbackRule::createsLocalCluster)) {
                check(context, commands(job.steps()));
            }
        }
        context.model().action().ifPresent(a -> check(context, commands(a.steps())));
    }

    /** Local clusters (kind, minikube, k3d …) for tests: their test runs fail when a rollout does, so they are exempt. */
    private static final Set<String> CLUSTER_ACTIONS = Set.of("helm/kind-action", "container-tools/kind-action",
            "engineerd/setup-kind", "medyagh/setup-minikube", "manusa/actions-setup-minikube", "absaoss/k3d-action",
            "nolar/setup-k3d-k3s", "debianmaster/actions-k3s", "jupyterhub/action-k3s-helm");

    private static boolean createsLocalCluster(Step step) {
        if (step.uses().filter(u -> u.isRemote()).map(u -> u.name().toLowerCase(java.util.Locale.ROOT))
                .map(CLUSTER_ACTIONS::contains).orElse(false)) {
            return true;
        }
        // any use of a local-cluster tool in the job (kind version, kind export logs …) marks a test cluster
        return step.run().filter(RunScript::isPosix).map(s -> s.commands().stream()
                .anyMatch(c -> Set.of("kind", "minikube", "k3d", "k3s", "ctlptl").contains(c.name()))).orElse(false);
    }

    private static List<JobCommand> commands(List<Step> steps) {
        List<JobCommand> out = new ArrayList<>();
        for (Step step : steps) {
            step.run().filter(RunScript::isPosix).ifPresent(s -> s.commands().forEach(c -> out.add(new JobCommand(s, c))));
        }
        return out;
    }

    private static void check(RuleContext<WorkflowFile> context, List<JobCommand> commands) {
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i).command();
            List<Word> args = command.arguments();
            if (args.isEmpty() || isDryRun(args)) {
                continue;
            }
            String name = command.name();
            String first = args.get(0).value();
            Word nameWord = command.nameWord().orElseThrow();
            if (name.equals("helm") && first.equals("upgrade") && args.stream().noneMatch(w -> ATOMIC.contains(w.value()))) {
                var report = context.report(new Range(nameWord.range().start(), args.get(0).range().end()),
                        "\"helm upgrade\" without --atomic leaves a failed release in place; add --atomic (Helm 4:"
                                + " --rollback-on-failure) so it rolls back when the upgrade does not become ready");
                if (commands.get(i).script().exact()
                        && context.document().textOf(args.get(0).range()).equals("upgrade")) {
                    report.fix(FIX_TITLE, new TextEdit(Range.empty(args.get(0).range().end()), " --atomic"));
                }
            } else if (name.equals("kubectl")) {
                Optional<Word> verb = kubectlVerb(args);
                if (verb.isPresent() && !checkedLater(commands, i)) {
                    context.report(new Range(nameWord.range().start(), verb.get().range().end()), "\""
                            + context.document().textOf(new Range(nameWord.range().start(), verb.get().range().end()))
                            + "\" is not followed by \"kubectl rollout status\" in this job, so the workflow succeeds"
                            + " before the rollout has finished or failed; wait for it (kubectl rollout status"
                            + " deployment/<name> --timeout=5m)");
                }
            }
        }
    }

    /** {@code apply}, {@code set image} or {@code rollout restart}: the last word of the verb. */
    private static Optional<Word> kubectlVerb(List<Word> args) {
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.startsWith("-")) {
                if (!v.contains("=") && i + 1 < args.size() && Set.of("-n", "--namespace", "--context", "--kubeconfig",
                        "--cluster", "--user", "-s", "--server").contains(v)) {
                    i++;
                }
                continue;
            }
            String next = i + 1 < args.size() ? args.get(i + 1).value() : "";
            return switch (v) {
                case "apply" -> Optional.of(args.get(i));
                case "set" -> next.equals("image") ? Optional.of(args.get(i + 1)) : Optional.empty();
                case "rollout" -> next.equals("restart") ? Optional.of(args.get(i + 1)) : Optional.empty();
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static boolean checkedLater(List<JobCommand> commands, int from) {
        for (int j = from + 1; j < commands.size(); j++) {
            Command c = commands.get(j).command();
            List<String> args = c.arguments().stream().map(Word::value).toList();
            boolean watches = args.contains("get") && (args.contains("-w") || args.contains("--watch")
                    || args.stream().anyMatch(a -> a.contains("ready") || a.contains("Ready")));
            if (c.name().equals("kubectl") && (args.contains("wait") || watches
                    || (args.contains("rollout") && args.contains("status")) || args.contains("argo"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDryRun(List<Word> args) {
        return args.stream().anyMatch(w -> w.value().startsWith("--dry-run") || w.value().equals("--help")
                || w.value().equals("-h"));
    }
}
