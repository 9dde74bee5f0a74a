package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.ShellCommands;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell that runs an instruction's shell form (RUN, CMD, ENTRYPOINT): the last {@code SHELL}
 * of the stage chain before it, a {@code # hadolint shell=…} (or {@code # plumbline shell=…})
 * comment, or the builder's default ({@code /bin/sh -c}, or {@code cmd /S /C} on a Windows base).
 *
 * @param argv the shell and its options, e.g. {@code [/bin/bash, -o, pipefail, -c]}
 * @param source where it was decided
 * @param shellInstruction the SHELL instruction, when {@code source} is {@link Source#SHELL_INSTRUCTION}
 */
public record EffectiveShell(List<String> argv, Source source, Optional<Instruction> shellInstruction) {

    public enum Source {
        /** Nothing set it: the builder's default for the platform. */
        DEFAULT,
        /** A {@code SHELL} instruction in the stage chain. */
        SHELL_INSTRUCTION,
        /** A {@code # hadolint shell=…} or {@code # plumbline shell=…} comment. */
        PRAGMA
    }

    /** {@code /bin/sh -c}. */
    public static final EffectiveShell LINUX_DEFAULT = new EffectiveShell(List.of("/bin/sh", "-c"), Source.DEFAULT,
            Optional.empty());
    /** {@code cmd /S /C}, the default on Windows images. */
    public static final EffectiveShell WINDOWS_DEFAULT = new EffectiveShell(List.of("cmd", "/S", "/C"),
            Source.DEFAULT, Optional.empty());

    public EffectiveShell {
        argv = List.copyOf(argv);
    }

    /**
     * The shell's program name in lower case, without directory or {@code .exe}: {@code bash},
     * {@code powershell}, {@code cmd}; "" when the SHELL is empty.
     */
    public String executable() {
        if (argv.isEmpty()) {
            return "";
        }
        String first = argv.get(0);
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        String name = first.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    /** True for a POSIX-like shell (sh, bash, dash, ash, zsh, ksh, mksh), whose scripts our command rules read. */
    public boolean isPosix() {
        return ShellCommands.SHELLS.contains(executable());
    }

    /** True when the shell is started with {@code -o pipefail} (also in a combined option such as {@code -euo}). */
    public boolean hasPipefail() {
        for (int i = 0; i + 1 < argv.size(); i++) {
            String option = argv.get(i);
            if (option.length() > 1 && option.charAt(0) == '-' && option.charAt(1) != '-'
                    && option.indexOf('o') > 0 && argv.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(" ", argv) + " (" + source + ")";
    }
}
