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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code apt-get install} without {@code --no-install-recommends} pulls in every recommended package too. */
public final class AptInstallRecommendsRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/apt-install-recommends",
            "apt-get install also installs recommended packages", Severity.INFORMATION, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3015"));

    static final String FIX_TITLE = "Insert --no-install-recommends";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command)
                        .filter(p -> p.tool() == Tool.APT_GET || p.tool() == Tool.APT)
                        .filter(p -> p.isSubcommand("install") && !p.has("help", "h", "s", "simulate", "just-print", "dry-run", "recon", "no-act")
                                && !declinesRecommends(p))
                        .ifPresent(p -> {
                            Word install = p.subcommand().orElseThrow();
                            context.report(install.range(), "\"" + p.describe() + "\" without --no-install-recommends"
                                            + " also installs every recommended package")
                                    .fix(FIX_TITLE, CommandEdits.insertAfter(command, install, "--no-install-recommends"));
                        });
            }
        }
    }

    /** {@code --no-install-recommends}, or {@code -o APT::Install-Recommends=false}. */
    private static boolean declinesRecommends(PackageCommand p) {
        if (p.has("no-install-recommends")) {
            return true;
        }
        List<String> options = new ArrayList<>(p.args().values("o"));
        options.addAll(p.args().values("option"));
        for (String option : options) {
            String o = option.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
            if (o.equals("apt::install-recommends=false") || o.equals("apt::install-recommends=0")
                    || o.equals("apt::install-recommends=no")) {
                return true;
            }
        }
        return false;
    }
}
