package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.EntryRemoval;
import dev.plumbline.rules.gha.support.EnvMappings;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ACTIONS_ALLOW_UNSECURE_COMMANDS} set to a true value in an {@code env:}: it turns the
 * retired {@code ::set-env} and {@code ::add-path} workflow commands back on, so anything a step
 * prints (a test name, a commit message, a downloaded file) can set environment variables such as
 * {@code LD_PRELOAD} or {@code NODE_OPTIONS} for every later step.
 */
public final class InsecureCommandsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/insecure-commands", "Insecure workflow commands enabled",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "insecure-commands"));

    static final String VARIABLE = "ACTIONS_ALLOW_UNSECURE_COMMANDS";
    static final String FIX_TITLE = "Remove " + VARIABLE;
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (EnvMappings.Env env : EnvMappings.of(context.model())) {
            for (YamlEntry entry : env.mapping().entries()) {
                Optional<YamlScalar> value = entry.value().asScalar();
                if (!entry.hasKey(VARIABLE) || value.isEmpty()
                        || !TRUE.contains(value.get().value().trim().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                RuleContext<WorkflowFile>.Report report = context.report(entry.key().range(), VARIABLE + " re-enables"
                        + " the set-env and add-path workflow commands, so any text a step prints can set environment"
                        + " variables and PATH for later steps; write to $GITHUB_ENV and $GITHUB_PATH instead");
                EntryRemoval.remove(env.mapping(), entry, env.entry(), context.document())
                        .ifPresent(edit -> report.fix(FIX_TITLE, edit));
            }
        }
    }
}
