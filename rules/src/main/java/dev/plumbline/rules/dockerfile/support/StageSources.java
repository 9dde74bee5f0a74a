package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code --from} value of this file's build: {@code COPY --from=…} and {@code RUN --mount=…,from=…}
 * in the stages (ONBUILD triggers run in other builds and are left out), whether they name a stage or not.
 *
 * @param at the instruction
 * @param stage the stage it belongs to
 * @param value the value, unquoted
 * @param range where the value is written
 * @param literal true when the range holds exactly the value (no quotes, escapes or variables)
 */
public record StageSources(Instruction at, Stage stage, String value, Range range, boolean literal) {

    public static List<StageSources> all(Dockerfile dockerfile) {
        List<StageSources> out = new ArrayList<>();
        String text = dockerfile.document().text();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY") || instruction.is("ADD")) {
                    for (Flag flag : instruction.flags("from")) {
                        flag.valueWord().filter(w -> !w.value().isEmpty()).ifPresent(w -> out.add(new StageSources(instruction,
                                stage, w.value(), w.range(), w.text().equals(w.value()) && w.value().indexOf('$') < 0
                                && w.endOffset() - w.startOffset() == w.value().length())));
                    }
                } else if (instruction instanceof RunInstruction run) {
                    for (Mount mount : run.mounts()) {
                        mount.from().filter(f -> !f.value().isEmpty()).ifPresent(f -> {
                            int start = dockerfile.document().offsetAt(f.valueRange().start());
                            int end = dockerfile.document().offsetAt(f.valueRange().end());
                            boolean literal = text.substring(start, end).equals(f.value()) && f.value().indexOf('$') < 0;
                            out.add(new StageSources(instruction, stage, f.value(), f.valueRange(), literal));
                        });
                    }
                }
            }
        }
        return out;
    }
}
