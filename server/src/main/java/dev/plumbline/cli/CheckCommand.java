package dev.plumbline.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code plumbline check}. (Placeholder: the CLI is being built.) */
public final class CheckCommand {

    private CheckCommand() {
    }

    /** @return the process exit code: 0 clean, 1 findings at or above the threshold, 2 usage or I/O error */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("plumbline check: not built yet");
        return 2;
    }
}
