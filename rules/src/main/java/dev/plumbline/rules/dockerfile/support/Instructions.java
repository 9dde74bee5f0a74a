package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import java.util.ArrayList;
import java.util.List;

/** Ways to walk a Dockerfile's instructions that several rules share. */
public final class Instructions {

    private Instructions() {
    }

    /**
     * Every top-level instruction in order, each ONBUILD followed by the instruction it holds, so a
     * check of an instruction's own syntax also covers triggers (the child build runs them).
     */
    public static List<Instruction> withTriggers(Dockerfile dockerfile) {
        return dockerfile.derived(Instructions.class, Instructions::collectWithTriggers); // once per parsed file
    }

    private static List<Instruction> collectWithTriggers(Dockerfile dockerfile) {
        List<Instruction> out = new ArrayList<>(dockerfile.instructions().size() + 4);
        for (Instruction instruction : dockerfile.instructions()) {
            out.add(instruction);
            if (instruction instanceof OnbuildInstruction onbuild) {
                onbuild.trigger().ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** True for a keyword Docker knows (any case). */
    public static boolean isKnown(Instruction instruction) {
        return DockerfileParser.KEYWORDS.contains(instruction.name());
    }
}
