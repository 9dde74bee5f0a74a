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
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * yum, dnf, microdnf, zypper and yarn keep downloaded metadata and packages in a cache directory;
 * unless the same RUN cleans it (or mounts a cache there), it stays in the layer.
 */
public final class PackageCacheNotCleanedRule implements Rule<Dockerfile> {

    private static final PeerId YUM = PeerId.of(PeerId.HADOLINT, "DL3032");
    private static final PeerId DNF = PeerId.of(PeerId.HADOLINT, "DL3040");
    private static final PeerId ZYPPER = PeerId.of(PeerId.HADOLINT, "DL3036");
    private static final PeerId YARN = PeerId.of(PeerId.HADOLINT, "DL3060");

    static final RuleMeta META = RuleMeta.of("dockerfile/package-cache-not-cleaned",
            "Package manager cache is left in the image", Severity.INFORMATION, Language.DOCKERFILE,
            YUM, DNF, ZYPPER, YARN);

    private static final Set<String> RPM_INSTALLS = Set.of("install", "groupinstall", "localinstall", "reinstall",
            "update", "upgrade", "downgrade", "distro-sync");
    private static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "update", "up", "patch",
            "dist-upgrade", "dup");

    /** What each tool needs: its cache directories and the command that cleans them. */
    private record Cleanup(PeerId peer, List<String> directories, String command) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        FinalChain finalChain = FinalChain.of(context.model());
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            if (!finalChain.contains(site.stage())) {
                continue;
            }
            List<Command> commands = site.commands();
            for (int i = 0; i < commands.size(); i++) {
                Optional<PackageCommand> p = PackageCommand.of(commands.get(i));
                if (p.isEmpty()) {
                    continue;
                }
                Optional<Cleanup> cleanup = cleanupFor(p.get());
                if (cleanup.isEmpty() || mounted(site.run(), p.get().tool(), cleanup.get())
                        || cleanedLater(commands, i, p.get().tool(), cleanup.get())) {
                    continue;
                }
                report(context, site, p.get(), cleanup.get());
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, RunSite site, PackageCommand p, Cleanup cleanup) {
        Word at = p.subcommand().orElse(p.toolWord());
        RuleContext<Dockerfile>.Report report = context.report(at.range(), "\"" + p.describe() + "\" leaves its"
                        + " package cache in the image; run \"" + cleanup.command() + "\" in the same RUN")
                .peers(cleanup.peer());
        if (p.command().nesting() == 0) {
            RunEdits.appendCommand(site.run(), cleanup.command())
                    .ifPresent(edit -> report.fix("Append && " + cleanup.command(), edit));
        }
    }

    /** The cleanup an installing command needs; empty for commands that install nothing. */
    private static Optional<Cleanup> cleanupFor(PackageCommand p) {
        if (p.has("help", "h", "version")) {
            return Optional.empty();
        }
        return switch (p.tool()) {
            case YUM -> p.subcommand().filter(s -> RPM_INSTALLS.contains(s.value()))
                    .map(s -> new Cleanup(YUM, List.of("/var/cache/yum"), "yum clean all"));
            case DNF, MICRODNF, TDNF -> p.subcommand().filter(s -> RPM_INSTALLS.contains(s.value()))
                    .map(s -> new Cleanup(DNF, List.of("/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5",
                            "/var/cache/tdnf"), p.tool().program() + " clean all"));
            case ZYPPER -> p.subcommand().filter(s -> ZYPPER_INSTALLS.contains(s.value()))
                    .map(s -> new Cleanup(ZYPPER, List.of("/var/cache/zypp"), "zypper clean --all"));
            case YARN -> yarnInstalls(p)
                    ? Optional.of(new Cleanup(YARN, List.of("/usr/local/share/.cache/yarn"), "yarn cache clean"))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** {@code yarn}, {@code yarn install} (not {@code yarn add}, which edits package.json first). */
    private static boolean yarnInstalls(PackageCommand p) {
        return (p.subcommand().isEmpty() || p.isSubcommand("install")) && !p.has("version", "v");
    }

    private static boolean mounted(RunInstruction run, Tool tool, Cleanup cleanup) {
        for (String directory : cleanup.directories()) {
            if (CacheMounts.covers(run, directory)) {
                return true;
            }
        }
        if (tool == Tool.YARN) {
            // yarn's cache directory depends on the user and version: any cache mount naming yarn counts
            for (Mount mount : run.mounts()) {
                if ((mount.type().equals("cache") || mount.type().equals("tmpfs"))
                        && mount.target().map(t -> t.value().toLowerCase(Locale.ROOT).contains("yarn")).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean cleanedLater(List<Command> commands, int from, Tool tool, Cleanup cleanup) {
        for (int i = from + 1; i < commands.size(); i++) {
            Command command = commands.get(i);
            for (String directory : cleanup.directories()) {
                if (RemovedPaths.removes(command, directory)) {
                    return true;
                }
            }
            Optional<PackageCommand> p = PackageCommand.of(command);
            if (p.isEmpty()) {
                continue;
            }
            boolean cleans = switch (tool) {
                case YUM, DNF, MICRODNF, TDNF -> isRpm(p.get().tool()) && p.get().isSubcommand("clean");
                case ZYPPER -> p.get().tool() == Tool.ZYPPER && p.get().isSubcommand("clean", "cc");
                case YARN -> p.get().tool() == Tool.YARN && p.get().isSubcommand("cache")
                        && p.get().operands().stream().anyMatch(w -> w.value().equals("clean"));
                default -> false;
            };
            if (cleans) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRpm(Tool tool) {
        return tool == Tool.YUM || tool == Tool.DNF || tool == Tool.MICRODNF || tool == Tool.TDNF;
    }
}
