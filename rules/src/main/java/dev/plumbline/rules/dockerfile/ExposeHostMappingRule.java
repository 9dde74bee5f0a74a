package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ExposedPort;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;

/** An EXPOSE entry with an IP address or a host port: publishing is decided at run time. */
public final class ExposeHostMappingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/expose-host-mapping", "EXPOSE with a host mapping",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "ExposeInvalidFormat"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : Instructions.withTriggers(context.model())) {
            if (!instruction.is("EXPOSE")) {
                continue;
            }
            for (Word word : instruction.arguments()) {
                ExposedPort port = ExposedPort.of(word);
                if (port.hasVariable() || !port.hasHostPart()) {
                    continue;
                }
                RuleContext<Dockerfile>.Report report = context.report(word.range(), "EXPOSE \"" + port.value()
                        + "\" names a host address or port; an image only declares its container port ("
                        + port.withoutHost() + "), the host side is chosen with docker run -p");
                if (port.isVerbatim() && port.containerProblem().isEmpty()) {
                    report.fix("Keep only " + port.withoutHost(), new TextEdit(word.range(), port.withoutHost()));
                }
            }
        }
    }
}
