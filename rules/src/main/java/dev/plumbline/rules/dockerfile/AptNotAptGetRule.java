package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.Set;

/** {@code apt} is the interactive front end (its output and behaviour may change); scripts use {@code apt-get}. */
public final class AptNotAptGetRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/apt-not-apt-get", "apt used instead of apt-get",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3027"));

    static final String FIX_TITLE = "Replace with apt-get";

    /** Subcommands apt-get has too (list, search, show … have none there). */
    private static final Set<String> SCRIPTABLE = Set.of("install", "update", "upgrade", "full-upgrade",
            "dist-upgrade", "remove", "purge", "autoremove", "reinstall", "build-dep", "clean", "autoclean",
            "source", "download", "satisfy");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.APT)
                        .filter(p -> p.subcommand().map(s -> SCRIPTABLE.contains(s.value())).orElse(false))
                        .ifPresent(p -> report(context, p));
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, PackageCommand p) {
        Word apt = p.toolWord();
        String replacement = apt.value().substring(0, apt.value().length() - "apt".length()) + "apt-get";
        RuleContext<Dockerfile>.Report report = context.report(apt.range(), "\"" + p.describe()
                + "\": apt is meant for interactive use and its command line is not stable; use apt-get in scripts");
        CommandEdits.replace(p.command(), apt, replacement).ifPresent(edit -> report.fix(FIX_TITLE, edit));
    }
}
