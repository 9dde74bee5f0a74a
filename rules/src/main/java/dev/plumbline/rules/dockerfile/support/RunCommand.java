package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simple command a Dockerfile runs: in a {@code RUN} or in the {@code RUN} an {@code ONBUILD}
 * holds (command rules check triggers like the instruction they hold).
 *
 * @param owner the top-level instruction (the RUN, or the ONBUILD)
 * @param run the RUN itself
 * @param command the command
 */
public record RunCommand(Instruction owner, RunInstruction run, Command command) {

    /** Every command of every RUN and RUN trigger, in source order. */
    public static List<RunCommand> all(Dockerfile dockerfile) {
        return dockerfile.derived(RunCommand.class, RunCommand::collect); // once per parsed file
    }

    private static List<RunCommand> collect(Dockerfile dockerfile) {
        List<RunCommand> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            runOf(instruction).ifPresent(run -> run.commands().forEach(c -> out.add(new RunCommand(instruction, run, c))));
        }
        return List.copyOf(out);
    }

    /** The RUN {@code instruction} is, or holds as its ONBUILD trigger. */
    public static Optional<RunInstruction> runOf(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return Optional.of(run);
        }
        if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().orElse(null) instanceof RunInstruction run) {
            return Optional.of(run);
        }
        return Optional.empty();
    }

    /** The instruction itself, or the one an ONBUILD holds. */
    public static Instruction effective(Instruction instruction) {
        return instruction instanceof OnbuildInstruction onbuild ? onbuild.trigger().orElse(instruction) : instruction;
    }

    /**
     * True when {@code left}'s output is piped into {@code right}: only blanks, line continuations and
     * a single {@code |} separate them in the document.
     */
    public static boolean pipes(Command left, Command right, TextDocument document) {
        int from = document.offsetAt(left.range().end());
        int to = document.offsetAt(right.range().start());
        if (to <= from) {
            return false;
        }
        String between = document.text().substring(from, to);
        int bars = 0;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '|') {
                bars++;
            } else if (!(Character.isWhitespace(c) || c == '\\' || c == '`')) {
                return false;
            }
        }
        return bars == 1;
    }
}
