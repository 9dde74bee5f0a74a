package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;

/** Relinking {@code /bin/sh} changes the shell behind the image's back; SHELL says which shell RUN uses. */
public final class LnBinShRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/ln-bin-sh", "/bin/sh relinked instead of using SHELL",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL4005"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                if (!command.name().equals("ln")) {
                    continue;
                }
                // the link name is the last operand: ln -sf /bin/bash /bin/sh
                List<Word> args = command.arguments();
                Word link = args.isEmpty() ? null : args.get(args.size() - 1);
                if (link != null && (link.value().equals("/bin/sh") || link.value().equals("/usr/bin/sh"))) {
                    context.report(link.range(), "Linking " + link.value() + " to another shell changes every script"
                            + " in the image; use SHELL to choose the shell for RUN instead");
                }
            }
        }
    }
}
