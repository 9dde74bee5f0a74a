package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CommandArgs;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.CopySources;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code npm install} of the project's dependencies: it resolves versions anew and may rewrite the
 * lockfile, where {@code npm ci} installs exactly what the lockfile pins (and fails when it is out of
 * date). Installs of named packages, global installs and installs that deliberately avoid the
 * lockfile are not this rule's.
 */
public final class NpmInstallRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/npm-install", "npm install instead of npm ci",
            Severity.WARNING, Language.DOCKERFILE);

    static final String FIX_TITLE = "Replace with npm ci";
    static final List<String> LOCKFILES = List.of("package-lock.json", "npm-shrinkwrap.json");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (RunSite site : RunSite.all(dockerfile)) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                Optional<PackageCommand> npm = PackageCommand.of(command, Tool.NPM).filter(NpmInstallRule::isLockfileInstall);
                if (npm.isEmpty()) {
                    continue;
                }
                PackageCommand p = npm.get();
                Word install = p.subcommand().orElseThrow();
                RuleContext<Dockerfile>.Report report = context.report(
                        new Range(p.toolWord().range().start(), install.range().end()),
                        "\"" + p.describe() + "\" resolves dependencies anew and may rewrite the lockfile; use"
                                + " \"npm ci\" to install exactly what the lockfile pins");
                if (CopySources.copiedBefore(dockerfile, site.stage(), site.owner(), LOCKFILES)) {
                    fix(p, install).ifPresent(edits -> report.fix(FIX_TITLE, edits.toArray(TextEdit[]::new)));
                }
            }
        }
    }

    /** {@code npm install} / {@code npm i} with no package operand, not global, not avoiding the lockfile. */
    static boolean isLockfileInstall(PackageCommand p) {
        if (!p.isSubcommand("install", "i") || !p.operands().isEmpty()) {
            return false;
        }
        if (p.has("g", "global", "no-package-lock", "package-lock-only", "help", "h", "usage")) {
            return false;
        }
        if (p.args().values("location").contains("global") || p.args().values("package-lock").contains("false")) {
            return false;
        }
        return true;
    }

    /** {@code install} → {@code ci}; {@code --production} → {@code --omit=dev}. */
    private static Optional<List<TextEdit>> fix(PackageCommand p, Word install) {
        List<TextEdit> edits = new ArrayList<>();
        Optional<TextEdit> ci = CommandEdits.replace(p.command(), install, "ci");
        if (ci.isEmpty()) {
            return Optional.empty();
        }
        edits.add(ci.get());
        for (CommandArgs.Option option : p.args().all("production")) {
            if (option.value().isPresent() && !option.value().get().equals("true")) {
                continue;
            }
            Optional<TextEdit> omit = CommandEdits.replace(p.command(), option.word(), "--omit=dev");
            if (omit.isEmpty()) {
                return Optional.empty();
            }
            edits.add(omit.get());
        }
        return Optional.of(edits);
    }
}
