package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.syntax.gha.Dependabot;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * A Dependabot update that does not wait {@code cooldown.default-days} of at least
 * {@code gha.dependabotCooldownDays} (7 unless configured) before it proposes a new release: a
 * compromised release is usually found and pulled within days, and an update without cooldown takes
 * it in on the first run. Reported on the update (no {@code cooldown}), on {@code cooldown}
 * (no {@code default-days}) or on a value that is too small; values that are not whole numbers are
 * left to Dependabot's own validation.
 */
public final class DependabotCooldownRule implements Rule<WorkflowFile> {

    static final PeerId ZIZMOR = PeerId.of(PeerId.ZIZMOR, "dependabot-cooldown");
    static final RuleMeta META = RuleMeta.of("gha/dependabot-cooldown", "Dependabot update without a cooldown",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, ZIZMOR).offByDefault();

    public static final String OPTION = "gha.dependabotCooldownDays";
    static final int DEFAULT_DAYS = 7;
    static final String KEY = "default-days";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        Optional<Dependabot> dependabot = context.model().dependabot();
        if (dependabot.isEmpty()) {
            return;
        }
        int days = days(context.config());
        for (Dependabot.Update update : dependabot.get().updates()) {
            Optional<YamlEntry> cooldown = update.cooldown();
            if (cooldown.isEmpty()) {
                RuleContext<WorkflowFile>.Report report = context.report(update.ownerRange(), capitalized(update.describe())
                        + " has no cooldown, so Dependabot proposes a release the day it is published, before a"
                        + " compromised one is usually caught; set cooldown." + KEY + " to at least " + days);
                report.peers(ZIZMOR);
                MappingEdits.append(update.mapping(), List.of(NewEntry.mapping("cooldown",
                        NewEntry.scalar(KEY, String.valueOf(days)))), context.document(), step(context))
                        .ifPresent(edit -> report.fix(addTitle(days), edit));
                continue;
            }
            YamlNode value = cooldown.get().value();
            if (value instanceof YamlScalar scalar && scalar.isNull()) {
                reportNoDefault(context, update, cooldown.get(), days,
                        MappingEdits.fillNull(cooldown.get(), update.mapping().isFlow(),
                                List.of(NewEntry.scalar(KEY, String.valueOf(days))), context.document(), step(context)));
            } else if (value instanceof YamlMapping mapping) {
                Optional<YamlEntry> defaultDays = mapping.entry(KEY);
                if (defaultDays.isEmpty()) {
                    reportNoDefault(context, update, cooldown.get(), days, MappingEdits.append(mapping,
                            List.of(NewEntry.scalar(KEY, String.valueOf(days))), context.document(), step(context)));
                } else if (defaultDays.get().value() instanceof YamlScalar written) {
                    Optional<Long> set = written.asLong();
                    if (set.isPresent() && set.get() < days) {
                        RuleContext<WorkflowFile>.Report report = context.report(written.range(), "A cooldown of "
                                + set.get() + (set.get() == 1 ? " day" : " days") + " for " + update.describe()
                                + " is shorter than " + days + " days; a compromised release may be taken in before"
                                + " it is caught");
                        report.peers(ZIZMOR);
                        MappingEdits.setValue(defaultDays.get(), String.valueOf(days), context.document())
                                .ifPresent(edit -> report.fix(raiseTitle(days), edit));
                    }
                }
            }
        }
    }

    private static void reportNoDefault(RuleContext<WorkflowFile> context, Dependabot.Update update, YamlEntry cooldown,
            int days, Optional<TextEdit> edit) {
        RuleContext<WorkflowFile>.Report report = context.report(cooldown.key().range(), "The cooldown of "
                + update.describe() + " sets no " + KEY + ", so releases outside its semver settings are proposed the"
                + " day they are published; set " + KEY + " to at least " + days);
        report.peers(ZIZMOR);
        edit.ifPresent(e -> report.fix(addTitle(days), e));
    }

    /** The configured least cooldown, {@link #DEFAULT_DAYS} unless set. */
    static int days(Config config) {
        Optional<String> set = config.stringOption(OPTION).filter(v -> v.matches("[0-9]{1,9}"));
        return set.map(Integer::parseInt).filter(d -> d > 0).orElse(DEFAULT_DAYS);
    }

    static String addTitle(int days) {
        return "Add cooldown " + KEY + ": " + days;
    }

    static String raiseTitle(int days) {
        return "Raise " + KEY + " to " + days;
    }

    private static int step(RuleContext<WorkflowFile> context) {
        return context.model().root().map(MappingEdits::indentStep).orElse(MappingEdits.DEFAULT_STEP);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
