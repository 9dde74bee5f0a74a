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
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;

/** {@code gem install <gem>} without {@code -v} installs the newest release on the day of the build. */
public final class GemUnpinnedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/gem-unpinned", "gem without a version",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3028"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.GEM)
                        .filter(p -> p.isSubcommand("install", "i") && !p.has("v", "version", "help", "h"))
                        .ifPresent(p -> {
                            for (Word gem : p.operands()) {
                                if (!isPinned(gem.value())) {
                                    context.report(gem.range(), "Gem \"" + gem.value() + "\" is installed without a"
                                            + " version; pin one (gem install " + gem.value() + " -v <version>)");
                                }
                            }
                        });
            }
        }
    }

    private static boolean isPinned(String gem) {
        String lower = gem.toLowerCase(Locale.ROOT);
        return gem.isEmpty() || gem.contains("$") || gem.contains("`") || gem.contains(":") || gem.contains("/")
                || lower.endsWith(".gem");
    }
}
