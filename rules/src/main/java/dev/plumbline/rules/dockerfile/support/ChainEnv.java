package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import java.util.Locale;
import java.util.Optional;

/** Environment variables a RUN sees from ENV (and ARG defaults) earlier in its stage chain, or inline. */
public final class ChainEnv {

    private ChainEnv() {
    }

    /** The value {@code name} has at {@code before} (written value, unexpanded); empty when nothing sets it. */
    public static Optional<String> value(Dockerfile dockerfile, Stage stage, Instruction before, String name) {
        Optional<String> value = Optional.empty();
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (s == stage && instruction.startOffset() >= before.startOffset()) {
                    break;
                }
                if (instruction instanceof KeyValueInstruction kv && kv.isEnv()) {
                    for (KeyValueInstruction.Pair pair : kv.pairs()) {
                        if (pair.key().value().equals(name)) {
                            value = Optional.of(pair.value().value());
                        }
                    }
                } else if (instruction instanceof ArgInstruction arg) {
                    for (ArgInstruction.Declaration d : arg.declarations()) {
                        if (d.name().value().equals(name) && d.defaultValue().isPresent()) {
                            value = Optional.of(d.defaultValue().get().value());
                        }
                    }
                }
            }
        }
        return value;
    }

    /** True when {@code name} is set to a true value inline on the command or earlier in the stage chain. */
    public static boolean isTrue(Dockerfile dockerfile, Stage stage, Instruction before, Command command, String name) {
        Optional<String> inline = command.assignment(name);
        if (inline.isPresent()) {
            return isTruthy(inline.get());
        }
        return value(dockerfile, stage, before, name).map(ChainEnv::isTruthy).orElse(false);
    }

    public static boolean isTruthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.equals("0") && !v.equals("false") && !v.equals("no") && !v.equals("off");
    }
}
