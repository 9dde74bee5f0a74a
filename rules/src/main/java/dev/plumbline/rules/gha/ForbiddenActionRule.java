package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A remote action or reusable workflow that the team's policy forbids: it matches a pattern of
 * {@code gha.deniedActions}, or {@code gha.allowedActions} is set and it matches none of its patterns.
 * Patterns are {@code owner/repo[/path]} globs, case-insensitive, where {@code *} matches any text
 * ({@code actions/*}, {@code my-org/*}, {@code docker/login-action}). Quiet until one of the options
 * is set. Local actions and {@code docker://} images are not judged.
 */
public final class ForbiddenActionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/forbidden-action", "Action not allowed by policy", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "forbidden-uses"));

    static final String DENY = "gha.deniedActions";
    static final String ALLOW = "gha.allowedActions";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        List<Pattern> deny = patterns(context.config().options().get(DENY));
        List<Pattern> allow = patterns(context.config().options().get(ALLOW));
        boolean allowSet = context.config().options().get(ALLOW) instanceof List<?> list && !list.isEmpty();
        if (deny.isEmpty() && !allowSet) {
            return;
        }
        for (UsesRef uses : context.model().uses()) {
            if (!uses.isRemote() || uses.hasExpression() || uses.repository().isEmpty() || uses.scalar().isEmpty()) {
                continue;
            }
            String name = uses.name().toLowerCase(Locale.ROOT);
            String what = uses.isWorkflow() ? "Reusable workflow" : "Action";
            if (deny.stream().anyMatch(p -> p.matcher(name).matches())) {
                context.report(uses.rangeOf(0, uses.name().length()), what + " \"" + uses.name()
                        + "\" is denied by the configuration (gha.deniedActions, or forbidden-uses deny in zizmor.yml)");
            } else if (allowSet && allow.stream().noneMatch(p -> p.matcher(name).matches())) {
                context.report(uses.rangeOf(0, uses.name().length()), what + " \"" + uses.name()
                        + "\" is not allowed by the configuration (gha.allowedActions, or forbidden-uses allow in zizmor.yml)");
            }
        }
    }

    private static List<Pattern> patterns(Object option) {
        List<Pattern> out = new ArrayList<>();
        if (option instanceof List<?> values) {
            for (Object value : values) {
                String glob = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
                int at = glob.indexOf('@');
                if (at >= 0) {
                    glob = glob.substring(0, at); // refs are not part of the policy
                }
                List<String> quoted = new ArrayList<>();
                for (String part : glob.split("\\*", -1)) {
                    quoted.add(part.isEmpty() ? "" : Pattern.quote(part));
                }
                out.add(Pattern.compile(String.join(".*", quoted)));
            }
        }
        return out;
    }
}
