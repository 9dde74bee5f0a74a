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

/** {@code cd} in a RUN changes directory for that RUN only; WORKDIR states it for every later instruction. */
public final class CdInRunRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/cd-in-run", "cd used in RUN instead of WORKDIR",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3003"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                if (command.name().equals("cd") && command.nameWord().orElseThrow().value().equals("cd")) {
                    String target = command.arguments().isEmpty() ? "" : " " + command.arguments().get(0).value();
                    context.report(command.nameWord().orElseThrow().range(), "\"cd" + target + "\" only lasts for this"
                            + " RUN; use WORKDIR to set the directory for the instructions that follow");
                }
            }
        }
    }
}
