package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.syntax.gha.Dependabot;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dependabot update with {@code insecure-external-code-execution: allow}: Dependabot then runs code
 * from the project's manifests (a {@code setup.py}, a Gemfile, a mix file) while it resolves updates,
 * with the private registries' credentials of that update at hand. Only {@code .github/dependabot.yml}
 * is read; {@code deny} and an absent key are fine.
 */
public final class DependabotExecutionRule implements Rule<WorkflowFile> {

    static final PeerId ZIZMOR = PeerId.of(PeerId.ZIZMOR, "dependabot-execution");
    static final RuleMeta META = RuleMeta.of("gha/dependabot-execution", "Dependabot may execute external code",
            Severity.ERROR, Language.GITHUB_ACTIONS, ZIZMOR);

    static final String FIX_TITLE = "Set insecure-external-code-execution: deny";

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
        for (Dependabot.Update update : dependabot.get().updates()) {
            Optional<YamlEntry> entry = update.insecureExternalCodeExecution();
            // the value as written here (an alias would put the range on its anchor elsewhere)
            Optional<YamlScalar> value = entry.map(YamlEntry::value).filter(YamlScalar.class::isInstance)
                    .map(YamlScalar.class::cast);
            if (value.isEmpty() || !value.get().value().trim().toLowerCase(Locale.ROOT).equals("allow")) {
                continue;
            }
            RuleContext<WorkflowFile>.Report report = context.report(value.get().range(), capitalized(update.describe())
                    + " lets Dependabot run code from the project's manifests while it updates them, with this"
                    + " update's registry credentials at hand; set it to deny");
            report.peers(ZIZMOR);
            MappingEdits.setValue(entry.get(), "deny", context.document()).ifPresent(edit -> report.fix(FIX_TITLE, edit));
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
