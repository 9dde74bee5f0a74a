package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.AccessPath;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job that uses secrets other than {@code GITHUB_TOKEN} without an {@code environment:}. Secrets
 * stored on a deployment environment get its protection rules (required reviewers, branch
 * restrictions); repository secrets are available to every workflow on every branch. Off by default.
 */
public final class SecretsOutsideEnvironmentRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/secrets-outside-environment", "Secrets used outside an environment",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "secrets-outside-env"))
            .offByDefault();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Map<Job, Set<String>> used = new IdentityHashMap<>();
        for (ExpressionSite site : context.model().expressions().sites()) {
            Job job = site.place().job();
            if (job == null) {
                continue;
            }
            for (Expression expression : site.expressions()) {
                if (expression.root() != null) {
                    expression.root().walk(node -> secretName(node).ifPresent(name ->
                            used.computeIfAbsent(job, j -> new LinkedHashSet<>()).add(name)));
                }
            }
        }
        Map<Job, Set<String>> ordered = new LinkedHashMap<>();
        context.model().jobs().forEach(job -> {
            if (used.containsKey(job)) {
                ordered.put(job, used.get(job));
            }
        });
        for (Map.Entry<Job, Set<String>> entry : ordered.entrySet()) {
            Job job = entry.getKey();
            boolean inEnvironment = job.get("environment").map(n -> !n.isNull()).orElse(false);
            if (!inEnvironment && !job.isReusableWorkflowCall()) {
                context.report(job.idRange(), "Job \"" + job.id() + "\" uses " + entry.getValue().stream()
                        .map(n -> "secrets." + n).collect(Collectors.joining(", ")) + " without an environment:;"
                        + " store them on a deployment environment with protection rules");
            }
        }
    }

    /** The name of {@code secrets.NAME} other than GITHUB_TOKEN. */
    private static java.util.Optional<String> secretName(ExprNode node) {
        if (!(node instanceof ExprNode.Property property) || !(property.receiver() instanceof ExprNode.ContextRef)) {
            return java.util.Optional.empty();
        }
        return property.path().filter(p -> p.context().equals("secrets")).map(AccessPath::segments)
                .map(s -> s.get(1)).filter(n -> !n.equalsIgnoreCase("GITHUB_TOKEN"));
    }
}
