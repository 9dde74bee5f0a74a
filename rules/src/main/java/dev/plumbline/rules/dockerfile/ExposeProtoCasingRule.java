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
import java.util.Locale;

/** An EXPOSE protocol not written in lower case ({@code 80/TCP}). */
public final class ExposeProtoCasingRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/expose-proto-casing", "EXPOSE protocol not lowercase",
            Severity.HINT, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "ExposeProtoCasing"));

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
                if (port.hasVariable() || port.protocol().isEmpty()) {
                    continue;
                }
                String protocol = port.protocol().get();
                String lower = protocol.toLowerCase(Locale.ROOT);
                if (protocol.equals(lower) || !ExposeInvalidPortRule.PROTOCOLS.contains(lower)) {
                    continue;
                }
                RuleContext<Dockerfile>.Report report = context.report(port.protocolRange(context.document()),
                        "Write the protocol \"" + protocol + "\" in lower case: " + lower);
                if (port.isVerbatim()) {
                    report.fix("Change to " + lower, new TextEdit(port.protocolRange(context.document()), lower));
                }
            }
        }
    }
}
