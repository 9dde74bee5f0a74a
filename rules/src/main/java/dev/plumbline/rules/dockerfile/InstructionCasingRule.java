package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Locale;

/** An instruction keyword in mixed case, or in the other casing than most keywords of the file. */
public final class InstructionCasingRule implements Rule<Dockerfile> {

    private static final PeerId CONSISTENT = PeerId.of(PeerId.BUILDKIT, "ConsistentInstructionCasing");
    private static final PeerId UPPERCASE = DockerfileUtilsIds.of("CASING_INSTRUCTION");

    static final RuleMeta META = RuleMeta.of("dockerfile/instruction-casing", "Inconsistent instruction casing",
            Severity.HINT, Language.DOCKERFILE, CONSISTENT, UPPERCASE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        List<Instruction> instructions = Instructions.withTriggers(context.model()).stream()
                .filter(Instructions::isKnown).toList();
        int upper = 0;
        int lower = 0;
        for (Instruction instruction : instructions) {
            String text = instruction.keyword().text();
            if (text.equals(text.toUpperCase(Locale.ROOT))) {
                upper++;
            } else if (text.equals(text.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        boolean lowerMajority = lower > upper;
        for (Instruction instruction : instructions) {
            Word keyword = instruction.keyword();
            String text = keyword.text();
            String wanted = lowerMajority ? text.toLowerCase(Locale.ROOT) : text.toUpperCase(Locale.ROOT);
            if (text.equals(wanted)) {
                continue;
            }
            boolean mixed = !text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
            String message = mixed
                    ? "Instruction \"" + text + "\" mixes upper and lower case; write " + wanted
                    : "Instruction \"" + text + "\" does not match the " + (lowerMajority ? "lower" : "upper")
                            + "-case instructions of this file; write " + wanted;
            RuleContext<Dockerfile>.Report report = context.report(keyword.range(), message);
            if (text.equals(text.toUpperCase(Locale.ROOT))) {
                report.peers(CONSISTENT);
            }
            report.fix("Change to " + wanted, new TextEdit(keyword.range(), wanted));
        }
    }
}
