package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ChainEnv;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * A lockfile-aware install that is allowed to rewrite the lock instead of failing when it is out of
 * date: yarn, pnpm, bundler and uv each have a frozen mode that makes the lockfile the law.
 */
public final class LockfileNotEnforcedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/lockfile-not-enforced",
            "Install may rewrite the lockfile", Severity.WARNING, Language.DOCKERFILE);

    /** What was found and how to freeze it. */
    private record Finding(PackageCommand install, Word at, String frozen, Optional<TextEdit> edit) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            List<Command> commands = site.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get(i);
                boolean bundleFrozenEarlier = bundleConfiguredFrozen(commands.subList(0, i));
                PackageCommand.of(command)
                        .flatMap(p -> unenforced(dockerfile, site, p, bundleFrozenEarlier))
                        .ifPresent(f -> {
                            RuleContext<Dockerfile>.Report report = context.report(f.at().range(), "\"" + f.install()
                                    .describe() + "\" may update the lockfile instead of failing when it is out of"
                                    + " date; add " + f.frozen());
                            f.edit().ifPresent(edit -> report.fix("Add " + f.frozen(), edit));
                        });
            }
        }
    }

    private static Optional<Finding> unenforced(Dockerfile dockerfile, RunSite site, PackageCommand p,
            boolean bundleFrozenEarlier) {
        Command command = p.command();
        if (p.has("help", "h", "version")) {
            return Optional.empty();
        }
        switch (p.tool()) {
            case YARN -> {
                boolean install = p.subcommand().isEmpty() || p.isSubcommand("install");
                if (!install || p.args().enabled("frozen-lockfile", "immutable") || p.has("version", "v")
                        || env(dockerfile, site, command, "YARN_ENABLE_IMMUTABLE_INSTALLS")) {
                    return Optional.empty();
                }
                Word at = p.subcommand().orElse(p.toolWord());
                return Optional.of(new Finding(p, at, "--frozen-lockfile",
                        Optional.of(CommandEdits.insertAfter(command, at, "--frozen-lockfile"))));
            }
            case PNPM -> {
                if (!p.isSubcommand("install", "i") || !p.operands().isEmpty() || p.args().enabled("frozen-lockfile")
                        || env(dockerfile, site, command, "CI")) {
                    return Optional.empty();
                }
                Word at = p.subcommand().orElseThrow();
                return Optional.of(new Finding(p, at, "--frozen-lockfile",
                        Optional.of(CommandEdits.insertAfter(command, at, "--frozen-lockfile"))));
            }
            case BUNDLE -> {
                boolean install = p.subcommand().isEmpty() || p.isSubcommand("install");
                if (!install || p.args().enabled("frozen", "deployment") || bundleFrozenEarlier || p.has("v")
                        || env(dockerfile, site, command, "BUNDLE_FROZEN")
                        || env(dockerfile, site, command, "BUNDLE_DEPLOYMENT")) {
                    return Optional.empty();
                }
                Word at = p.subcommand().orElse(p.toolWord());
                boolean plain = !command.isExec() && command.words().get(0) == p.toolWord();
                Optional<TextEdit> edit = plain
                        ? Optional.of(TextEdit.insert(p.toolWord().range().start(), "BUNDLE_FROZEN=true "))
                        : Optional.empty();
                return Optional.of(new Finding(p, at, "BUNDLE_FROZEN=true (or --deployment)", edit));
            }
            case UV -> {
                if (!p.isSubcommand("sync") || p.args().enabled("locked", "frozen")
                        || env(dockerfile, site, command, "UV_LOCKED")
                        || env(dockerfile, site, command, "UV_FROZEN")) {
                    return Optional.empty();
                }
                Word at = p.subcommand().orElseThrow();
                return Optional.of(new Finding(p, at, "--locked",
                        Optional.of(CommandEdits.insertAfter(command, at, "--locked"))));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static boolean env(Dockerfile dockerfile, RunSite site, Command command, String name) {
        return ChainEnv.isTrue(dockerfile, site.stage(), site.owner(), command, name);
    }

    /** {@code bundle config [set] [--local|--global] frozen|deployment true} earlier in the same RUN. */
    private static boolean bundleConfiguredFrozen(List<Command> earlier) {
        for (Command command : earlier) {
            Optional<PackageCommand> p = PackageCommand.of(command).filter(c -> c.tool() == PackageCommand.Tool.BUNDLE);
            if (p.isEmpty() || !p.get().isSubcommand("config")) {
                continue;
            }
            List<String> values = p.get().operands().stream().map(Word::value).toList();
            for (int i = 0; i + 1 < values.size(); i++) {
                String key = values.get(i);
                if ((key.equals("frozen") || key.equals("deployment")) && ChainEnv.isTruthy(values.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
