package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CommandArgs;
import dev.plumbline.rules.dockerfile.support.PackageCommand;
import dev.plumbline.rules.dockerfile.support.PackageCommand.Tool;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pip install -r requirements.txt} without {@code --require-hashes}: a requirements file
 * without hashes is not a lock, so pip installs whatever the index serves for each line (and every
 * unpinned transitive dependency).
 */
public final class PipInstallUnlockedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/pip-install-unlocked",
            "pip installs a requirements file without hash checking", Severity.INFORMATION, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                PackageCommand.of(command, Tool.PIP)
                        .filter(p -> p.isSubcommand("install") && !p.has("require-hashes", "help", "h"))
                        .ifPresent(p -> check(context, p));
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, PackageCommand p) {
        List<CommandArgs.Option> files = new ArrayList<>(p.args().all("r"));
        files.addAll(p.args().all("requirement"));
        for (CommandArgs.Option file : files) {
            Word at = file.valueWord().orElse(file.word());
            String name = file.value().orElse("");
            if (name.contains("$")) {
                continue;
            }
            context.report(at.range(), "\"" + name + "\" is installed without --require-hashes, so pip accepts any"
                    + " file the index serves for it and resolves unpinned dependencies anew; generate hashes"
                    + " (pip-compile --generate-hashes, uv pip compile --generate-hashes) and add --require-hashes");
        }
    }
}
