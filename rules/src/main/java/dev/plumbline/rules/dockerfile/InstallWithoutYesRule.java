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
import java.util.Locale;
import java.util.Set;

/**
 * A package manager command that asks for confirmation (install, upgrade, remove …) without the
 * option that answers it: the build has no terminal, so it aborts. {@code yes | apt-get install …}
 * answers it too.
 */
public final class InstallWithoutYesRule implements Rule<Dockerfile> {

    private static final PeerId APT = PeerId.of(PeerId.HADOLINT, "DL3014");
    private static final PeerId YUM = PeerId.of(PeerId.HADOLINT, "DL3030");
    private static final PeerId ZYPPER = PeerId.of(PeerId.HADOLINT, "DL3034");
    private static final PeerId DNF = PeerId.of(PeerId.HADOLINT, "DL3038");

    static final RuleMeta META = RuleMeta.of("dockerfile/install-without-yes",
            "Package install waits for a confirmation", Severity.WARNING, Language.DOCKERFILE, APT, YUM, ZYPPER, DNF);

    static final String FIX_TITLE = "Insert -y";

    private static final Set<String> APT_PROMPTS = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "build-dep", "remove", "purge", "autoremove", "reinstall");
    private static final Set<String> RPM_PROMPTS = Set.of("install", "groupinstall", "localinstall", "reinstall",
            "update", "upgrade", "remove", "erase", "autoremove", "downgrade", "distro-sync");
    private static final Set<String> ZYPPER_PROMPTS = Set.of("install", "in", "remove", "rm", "update", "up",
            "patch", "dist-upgrade", "dup");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            Command previous = null;
            for (Command command : site.commands()) {
                Command before = previous;
                previous = command;
                if (command.pipesIn() && before != null && before.name().equals("yes")) {
                    continue;
                }
                PackageCommand.of(command).ifPresent(p -> check(context, p));
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, PackageCommand p) {
        Word sub = p.subcommand().orElse(null);
        if (sub == null) {
            return;
        }
        String name = sub.value();
        PeerId peer = switch (p.tool()) {
            case APT_GET, APT -> APT_PROMPTS.contains(name) && !aptAssumesYes(p) ? APT : null;
            case YUM -> RPM_PROMPTS.contains(name) && !p.has("y", "assumeyes") ? YUM : null;
            case DNF, MICRODNF, TDNF -> RPM_PROMPTS.contains(name) && !p.has("y", "assumeyes") ? DNF : null;
            case ZYPPER -> ZYPPER_PROMPTS.contains(name) && !p.has("y", "no-confirm", "n", "non-interactive")
                    ? ZYPPER : null;
            default -> null;
        };
        if (peer == null || p.has("help", "h") || simulates(p)) {
            return;
        }
        context.report(sub.range(), "\"" + p.describe() + "\" without -y waits for a confirmation that the build"
                        + " cannot give")
                .peers(peer)
                .fix(FIX_TITLE, CommandEdits.insertAfter(p.command(), sub, "-y"));
    }

    /** apt-get's and dnf's dry runs ({@code -s}, {@code --simulate}, {@code --assumeno} …) ask nothing. */
    private static boolean simulates(PackageCommand p) {
        return switch (p.tool()) {
            case APT_GET, APT -> p.has("s", "simulate", "just-print", "dry-run", "recon", "no-act");
            case YUM, DNF, MICRODNF, TDNF -> p.has("assumeno");
            case ZYPPER -> p.has("D", "dry-run");
            default -> false;
        };
    }

    /** {@code -y}, {@code --yes}, {@code --assume-yes}, {@code -qq} or {@code -o APT::Get::Assume-Yes=true}. */
    private static boolean aptAssumesYes(PackageCommand p) {
        if (p.has("y", "yes", "assume-yes") || p.args().count('q') >= 2) {
            return true;
        }
        if (p.args().values("quiet").contains("2") || p.args().values("q").contains("2")) {
            return true;
        }
        for (String option : p.args().values("o")) {
            String o = option.toLowerCase(Locale.ROOT).replace(" ", "");
            if (o.startsWith("apt::get::assume-yes=") && !o.endsWith("=false") && !o.endsWith("=0")) {
                return true;
            }
        }
        for (String option : p.args().values("option")) {
            String o = option.toLowerCase(Locale.ROOT);
            if (o.startsWith("apt::get::assume-yes=") && !o.endsWith("=false") && !o.endsWith("=0")) {
                return true;
            }
        }
        return false;
    }
}
