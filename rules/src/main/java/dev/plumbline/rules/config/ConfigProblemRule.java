package dev.plumbline.rules.config;

import dev.plumbline.config.ConfigProblem;
import dev.plumbline.config.LoadedConfig;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;

/** Reports what is wrong in {@code .plumbline.yaml}: bad values, unknown keys and rule ids, broken YAML. */
public final class ConfigProblemRule implements Rule<LoadedConfig> {

    static final RuleMeta META = RuleMeta.of("plumbline/config",
            "Configuration value is invalid and was ignored", Severity.WARNING, Language.PLUMBLINE_CONFIG);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<LoadedConfig> context) {
        for (ConfigProblem problem : context.model().problems()) {
            context.report(problem.range(), problem.message());
        }
    }
}
