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
import java.time.ZoneId;
import java.util.Set;

/** A {@code schedule.cron} that is not a five-field POSIX cron, or a {@code timezone} that is not an IANA zone. */
public final class InvalidCronRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-cron", "Malformed cron schedule or time zone",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "events"));

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Schedules.Entry entry : Schedules.of(context.model())) {
            YamlScalar cron = entry.cron();
            if (cron.value().contains("${{")) {
                continue;
            }
            Cron.parse(cron.value()).problem().ifPresent(p -> context.report(
                    cron.content().exact() ? cron.content().rangeOf(p.start(), Math.max(p.end(), p.start()))
                            : cron.range(), p.message()));
            entry.mapping().getScalar("timezone").filter(s -> !s.isNull()).ifPresent(zone -> {
                if (!ZONES.contains(zone.value())) {
                    context.report(zone.range(), "Time zone \"" + zone.value()
                            + "\" is not an IANA time zone name such as \"Europe/Berlin\" or \"UTC\"");
                }
            });
        }
    }
}
