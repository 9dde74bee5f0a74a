package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;

/** An instruction other than ARG before the first FROM, or a file whose instructions include no FROM. */
public final class SyntaxInstructionBeforeFromRule implements Rule<Dockerfile> {

    private static final PeerId DL3061 = PeerId.of(PeerId.HADOLINT, "DL3061");
    private static final PeerId NO_SOURCE_IMAGE = DockerfileUtilsIds.of("NO_SOURCE_IMAGE");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-instruction-before-from",
            "Instruction before the first FROM", Severity.ERROR, Language.DOCKERFILE, DL3061, NO_SOURCE_IMAGE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        Dockerfile dockerfile = context.model();
        boolean reported = false;
        for (Instruction instruction : dockerfile.globalInstructions()) {
            if (instruction.is("ARG") || !Instructions.isKnown(instruction)) {
                continue; // unknown words are syntax-unknown-instruction's
            }
            context.report(instruction.keyword().range(), instruction.name()
                    + " comes before the first FROM; only ARG may stand there").peers(DL3061, NO_SOURCE_IMAGE);
            reported = true;
        }
        if (!reported && dockerfile.everyStage().isEmpty() && !dockerfile.instructions().isEmpty()) {
            context.report(dockerfile.instructions().get(0).keyword().range(),
                    "This Dockerfile has no FROM instruction, so there is no image to build on").peers(NO_SOURCE_IMAGE);
        }
    }
}
