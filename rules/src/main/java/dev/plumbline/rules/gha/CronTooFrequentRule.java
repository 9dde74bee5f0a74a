package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Cron;
import dev.plumbline.rules.gha.support.Schedules;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;

/** A schedule that would fire more often than every 5 minutes, the shortest interval GitHub runs. */
public final class CronTooFrequentRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/cron-too-frequent", "Schedule more frequent than every 5 minutes",
            Severity.WARNING, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "events"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Schedules.Entry entry : Schedules.of(context.model())) {
            YamlScalar cron = entry.cron();
            Cron parsed = Cron.parse(cron.value());
            parsed.shortestGapMinutes().filter(gap -> gap < 5).ifPresent(gap -> {
                Cron.Field minute = parsed.fields().get(0);
                context.report(cron.content().exact() ? cron.content().rangeOf(minute.start(), minute.end()) : cron.range(),
                        "Cron \"" + cron.value() + "\" would run every " + gap + (gap == 1 ? " minute" : " minutes")
                                + "; GitHub runs schedules at most every 5 minutes, and often later");
            });
        }
    }
}
