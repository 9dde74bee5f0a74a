package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Triggers;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.Trigger;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.MappedText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In a {@code pull_request_target} or {@code workflow_run} workflow, a run script that writes to
 * {@code $GITHUB_ENV} or {@code $GITHUB_PATH}: if any of the written text comes from the pull
 * request (a branch name, an artifact), it can set {@code LD_PRELOAD}, {@code NODE_OPTIONS} or the
 * {@code PATH} for every later step, which run with the repository's secrets.
 */
public final class GithubEnvWriteRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/github-env-write", "GITHUB_ENV written in a privileged workflow",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "github-env"));

    /** {@code $GITHUB_ENV}, {@code ${GITHUB_ENV}}, {@code $env:GITHUB_ENV}, {@code %GITHUB_ENV%}, and the same for PATH. */
    private static final Pattern FILE = Pattern.compile(
            "(\\$\\{?|\\$env:|%)(GITHUB_ENV|GITHUB_PATH)\\b\\}?%?", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Trigger> trigger = Triggers.first(context.model(), Triggers.PRIVILEGED);
        if (trigger.isEmpty()) {
            return;
        }
        for (Step step : context.model().steps()) {
            Optional<RunScript> script = step.run();
            if (script.isEmpty()) {
                continue;
            }
            MappedText text = script.get().text();
            Matcher m = FILE.matcher(text.text());
            while (m.find()) {
                String variable = m.group(2).toUpperCase(java.util.Locale.ROOT);
                context.report(text.range(m.start(), m.end()), "Writing to $" + variable + " in a \""
                        + trigger.get().name() + "\" workflow lets text from the pull request set "
                        + (variable.equals("GITHUB_PATH") ? "the PATH" : "environment variables such as LD_PRELOAD")
                        + " for every later step, which run with this repository's secrets; pass values through step"
                        + " outputs instead");
            }
        }
    }
}
