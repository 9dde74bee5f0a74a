package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CacheMounts;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.FinalChain;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RemovedPaths;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;

/** {@code apk add} without {@code --no-cache} leaves the package index in {@code /var/cache/apk}. */
public final class ApkNoCacheRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/apk-no-cache", "apk add keeps its cache",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3019"));

    static final String FIX_TITLE = "Insert --no-cache";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        FinalChain finalChain = FinalChain.of(context.model());
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            if (!finalChain.contains(site.stage()) || CacheMounts.covers(site.run(), "/var/cache/apk") || CacheMounts.covers(site.run(), "/etc/apk/cache")) {
                continue;
            }
            List<Command> commands = site.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get(i);
                int index = i;
                PackageCommand.of(command, Tool.APK)
                        .filter(p -> p.isSubcommand("add") && !p.has("no-cache", "no-network", "help", "h"))
                        .filter(p -> !removedLater(commands, index))
                        .ifPresent(p -> {
                            Word add = p.subcommand().orElseThrow();
                            context.report(add.range(), "\"" + p.describe() + "\" without --no-cache leaves the"
                                            + " package index in /var/cache/apk")
                                    .fix(FIX_TITLE, CommandEdits.insertAfter(command, add, "--no-cache"));
                        });
            }
        }
    }

    private static boolean removedLater(List<Command> commands, int from) {
        for (int i = from + 1; i < commands.size(); i++) {
            if (RemovedPaths.removes(commands.get(i), "/var/cache/apk")) {
                return true;
            }
        }
        return false;
    }
}
