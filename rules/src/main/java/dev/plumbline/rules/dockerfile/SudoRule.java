package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;

/** {@code sudo} used as a command in RUN: switch with USER instead. */
public final class SudoRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/sudo", "sudo in RUN", Severity.WARNING, Language.DOCKERFILE,
            PeerId.of(PeerId.HADOLINT, "DL3004"));

    static final String FIX_TITLE = "Remove sudo";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunCommand rc : RunCommand.all(context.model())) {
            List<Word> words = rc.command().words();
            if (!rc.command().name().equals("sudo")) {
                continue;
            }
            Word sudo = words.get(0);
            RuleContext<Dockerfile>.Report report = context.report(sudo.range(),
                    "sudo in RUN: the build already runs as the USER in effect; switch with USER instead");
            // only "sudo cmd …" in shell form can lose its sudo without changing the command otherwise
            if (!rc.command().isExec() && words.size() > 1 && !words.get(1).value().startsWith("-")) {
                report.fix(FIX_TITLE, TextEdit.delete(new Range(sudo.range().start(), words.get(1).range().start())));
            }
        }
    }
}
