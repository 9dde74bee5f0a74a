package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CacheMounts;
import dev.plumbline.rules.dockerfile.support.FinalChain;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RemovedPaths;
import dev.plumbline.rules.dockerfile.support.RunEdits;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import java.util.List;
import java.util.Optional;

/**
 * {@code apt-get update} downloads package lists (tens of megabytes) into {@code /var/lib/apt/lists};
 * unless the same RUN removes them, they stay in the layer. Only the final stage chain matters: build
 * stages are thrown away.
 */
public final class AptListsNotRemovedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/apt-lists-not-removed",
            "apt package lists are left in the image", Severity.INFORMATION, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3009"));

    static final String FIX_TITLE = "Append && rm -rf /var/lib/apt/lists/*";
    private static final String CLEANUP = "rm -rf /var/lib/apt/lists/*";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        FinalChain finalChain = FinalChain.of(dockerfile);
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            if (!finalChain.contains(site.stage())
                    || CacheMounts.covers(site.run(), "/var/lib/apt/lists")) {
                continue;
            }
            firstUnremovedUpdate(site.commands()).ifPresent(update -> {
                RuleContext<Dockerfile>.Report report = context.report(update.subcommand().orElseThrow().range(),
                        "\"" + update.describe() + "\" leaves the package lists in the image; remove"
                                + " /var/lib/apt/lists/* in the same RUN");
                if (update.command().nesting() == 0) {
                    RunEdits.appendCommand(site.run(), CLEANUP).ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
            });
        }
    }

    /** The first {@code apt-get update} not followed by a removal of the lists. */
    private static Optional<PackageCommand> firstUnremovedUpdate(List<Command> commands) {
        PackageCommand pending = null;
        for (Command command : commands) {
            Optional<PackageCommand> p = PackageCommand.of(command)
                    .filter(c -> c.tool() == Tool.APT_GET || c.tool() == Tool.APT);
            if (p.isPresent() && p.get().isSubcommand("update") && pending == null) {
                pending = p.get();
            } else if (p.isPresent() && p.get().isSubcommand("distclean", "dist-clean")) {
                pending = null;
            } else if (removesLists(command)) {
                pending = null;
            }
        }
        return Optional.ofNullable(pending);
    }

    /** {@code rm -r… /var/lib/apt/lists/*} (or the directory itself, or all of /var/lib/apt). */
    private static boolean removesLists(Command command) {
        return RemovedPaths.removes(command, "/var/lib/apt/lists") || RemovedPaths.removes(command, "/var/lib/apt");
    }
}
