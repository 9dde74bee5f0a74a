package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** CMD, ENTRYPOINT and HEALTHCHECK: only the last one of a stage takes effect; the earlier ones are dead. */
public final class OverriddenInstructions {

    private OverriddenInstructions() {
    }

    /** Reports every {@code keyword} instruction of a stage that a later one of the same stage overrides. */
    public static void report(RuleContext<Dockerfile> context, String keyword, String fixTitle) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            List<Instruction> found = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is(keyword)) {
                    found.add(instruction);
                }
            }
            if (found.size() < 2) {
                continue;
            }
            Instruction last = found.get(found.size() - 1);
            for (Instruction overridden : found.subList(0, found.size() - 1)) {
                context.report(overridden.keyword().range(), keyword + " has no effect: a later " + keyword
                                + " of the same stage replaces it")
                        .fix(fixTitle, InstructionEdits.deleteLines(context.document(), overridden))
                        .related(last.keyword().range(), "the " + keyword + " that takes effect");
            }
        }
    }
}
