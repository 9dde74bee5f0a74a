package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;

/** {@code zypper dist-upgrade} moves the image to whatever the repositories hold: a different distribution release. */
public final class ZypperDistUpgradeRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/zypper-dist-upgrade", "zypper dist-upgrade in a build",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3035"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.ZYPPER)
                        .filter(p -> p.isSubcommand("dist-upgrade", "dup") && !p.has("help", "h"))
                        .ifPresent(p -> context.report(p.subcommand().orElseThrow().range(), "\"" + p.describe()
                                + "\" upgrades the whole distribution at build time; pick a newer base image instead"));
            }
        }
    }
}
