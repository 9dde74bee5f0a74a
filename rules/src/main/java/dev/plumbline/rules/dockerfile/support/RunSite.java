package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.EffectiveShell;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One RUN as the command rules see it: its stage, the top-level instruction that holds it (the RUN
 * itself or its ONBUILD), the shell that runs it, and the commands a POSIX reading can trust. A
 * shell-form RUN (or heredoc) under a non-POSIX SHELL (PowerShell, cmd) has no commands here; an
 * exec-form RUN runs its program directly, so its commands count under any shell.
 *
 * @param stage the stage the RUN belongs to
 * @param owner the top-level instruction: the RUN, or the ONBUILD holding it
 * @param run the RUN
 * @param shell the stage chain's effective shell at this RUN
 * @param commands the commands POSIX command rules may read
 */
public record RunSite(Stage stage, Instruction owner, RunInstruction run, EffectiveShell shell, List<Command> commands) {

    /** Every RUN of the file (ONBUILD RUN included) in a stage, in order. Computed once per file. */
    public static List<RunSite> all(Dockerfile dockerfile) {
        return dockerfile.derived(RunSite.class, RunSite::collect);
    }

    private static List<RunSite> collect(Dockerfile dockerfile) {
        List<RunSite> out = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                asRun(instruction).ifPresent(run -> {
                    EffectiveShell shell = dockerfile.shellAt(instruction);
                    List<Command> commands = run.isExecForm() || shell.isPosix() ? run.commands() : List.of();
                    out.add(new RunSite(stage, instruction, run, shell, commands));
                });
            }
        }
        return List.copyOf(out);
    }

    /** The RUN an instruction is or holds (ONBUILD RUN). */
    public static Optional<RunInstruction> asRun(Instruction instruction) {
        if (instruction instanceof RunInstruction run) {
            return Optional.of(run);
        }
        if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().orElse(null) instanceof RunInstruction run) {
            return Optional.of(run);
        }
        return Optional.empty();
    }

    /** True for a RUN held by an ONBUILD (it runs in a later build, not this one). */
    public boolean isTrigger() {
        return owner != run;
    }
}
