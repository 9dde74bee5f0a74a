package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.Shells;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.Locale;
import java.util.Optional;

/**
 * Features that work but invite trouble: {@code shell: cmd} (a failing command does not fail the
 * step unless it is the last), a shell program GitHub does not know by name, and setup-python's
 * {@code pip-install} input (packages installed outside any lockfile).
 */
public final class DiscouragedFeatureRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/discouraged-feature", "Feature that invites trouble",
            Severity.INFORMATION, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ZIZMOR, "misfeature"));

    /** Programs that start a known shell: setup-msys2's {@code msys2}, macOS's {@code arch -x86_64 bash}. */
    private static final java.util.Set<String> WRAPPERS = java.util.Set.of("msys2", "wsl-bash", "arch", "env", "nix");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Shells.Site site : Shells.of(context.model())) {
            String program = site.program();
            if (program.equals("cmd")) {
                context.report(site.value().range(), "Shell \"cmd\" ignores failures of every command but the last;"
                        + " use pwsh, or check %ERRORLEVEL% after each command");
            } else if (site.isTemplate() && !program.isEmpty() && !Shells.KNOWN.contains(program)
                    && !WRAPPERS.contains(program) && !runsKnownShell(site.value().value())) {
                context.report(site.value().range(), "Shell program \"" + program
                        + "\" is not one GitHub knows; its error handling is up to you. Prefer bash, pwsh or python");
            }
        }
        checkPipInstall(context);
    }

    /** True when a later word of the template is a known shell ({@code xvfb-run bash -e {0}}). */
    private static boolean runsKnownShell(String template) {
        for (String word : template.trim().split("\\s+")) {
            String name = word.substring(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1);
            if (Shells.KNOWN.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void checkPipInstall(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            Optional<UsesRef> uses = step.uses();
            if (uses.isPresent() && uses.get().repository().map(r -> r.toLowerCase(Locale.ROOT)
                    .equals("actions/setup-python")).orElse(false)) {
                step.with().flatMap(w -> w.entry("pip-install")).ifPresent(entry -> context.report(entry.key().range(),
                        "setup-python's \"pip-install\" installs packages without a lockfile or hashes; install them"
                                + " in a run step from a locked requirements file"));
            }
        }
    }
}
