package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.JobOs;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.Shells;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * A {@code shell:} GitHub cannot run: an unknown name, a command template without {@code {0}}, or a
 * shell the job's operating system lacks ({@code powershell} and {@code cmd} exist only on Windows,
 * {@code sh} not on Windows).
 */
public final class ShellNameRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/shell-name", "Unknown shell or one the runner lacks", Severity.ERROR,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "shell-name"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Shells.Site site : Shells.of(context.model())) {
            YamlScalar value = site.value();
            String written = value.value().trim();
            if (site.isTemplate()) {
                if (!written.contains("{0}")) {
                    context.report(value.range(), "Custom shell \"" + written
                            + "\" has no {0}, where GitHub puts the path of the script to run");
                }
                continue;
            }
            if (!Shells.KNOWN.contains(written)) {
                Optional<String> nearest = NearestName.of(written, Shells.KNOWN);
                var report = context.report(value.range(), "Unknown shell \"" + written + "\"; use bash, pwsh, python,"
                        + " sh, cmd or powershell, or a command template with {0}"
                        + nearest.map(n -> " (did you mean \"" + n + "\"?)").orElse(""));
                if (nearest.isPresent() && (value.isPlain() || value.style().isQuoted())) {
                    report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(value.range(), nearest.get()));
                }
                continue;
            }
            Optional<String> os = site.job().flatMap(JobOs::of);
            if (os.isEmpty()) {
                continue;
            }
            if ((written.equals("powershell") || written.equals("cmd")) && !os.get().equals("windows")) {
                context.report(value.range(), "Shell \"" + written + "\" exists only on Windows, but job \""
                        + site.job().get().id() + "\" runs on " + os.get()
                        + (written.equals("powershell") ? "; use pwsh" : "; use bash or sh"));
            } else if (written.equals("sh") && os.get().equals("windows")) {
                context.report(value.range(), "Shell \"sh\" is not available on Windows runners, where job \""
                        + site.job().get().id() + "\" runs; use bash or pwsh");
            }
        }
    }
}
