package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The LABEL pairs of a Dockerfile, each with its instruction. */
public final class Labels {

    /** One {@code key=value} of a LABEL. */
    public record Label(KeyValueInstruction instruction, KeyValueInstruction.Pair pair) {

        /** The key as Docker reads it (quotes removed). */
        public String key() {
            return pair.key().value();
        }
    }

    private Labels() {
    }

    /** Every label this image's own LABEL instructions set, in order (ONBUILD ones belong to child images). */
    public static List<Label> all(Dockerfile dockerfile) {
        return dockerfile.derived(Labels.class, d -> List.copyOf(of(d.instructions()))); // once per parsed file
    }

    /** The labels the final image carries from this file: those of the last stage and the stages it is built on. */
    public static List<Label> finalChain(Dockerfile dockerfile) {
        List<Label> out = new ArrayList<>();
        if (dockerfile.stages().isEmpty()) {
            return out;
        }
        Optional<Stage> stage = Optional.of(dockerfile.stages().get(dockerfile.stages().size() - 1));
        while (stage.isPresent()) {
            out.addAll(of(stage.get().instructions()));
            stage = dockerfile.baseStage(stage.get());
        }
        return out;
    }

    private static List<Label> of(List<Instruction> instructions) {
        List<Label> out = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof KeyValueInstruction kv && kv.is("LABEL")) {
                kv.pairs().forEach(pair -> out.add(new Label(kv, pair)));
            }
        }
        return out;
    }
}
