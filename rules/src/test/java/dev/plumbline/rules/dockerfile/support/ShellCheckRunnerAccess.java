package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.shellcheck.ShellCheckRunner;
import java.nio.file.Path;
import java.time.Duration;

/** Test access to the runner's timeout. */
public final class ShellCheckRunnerAccess {

    private ShellCheckRunnerAccess() {
    }

    public static ShellCheckRunner runner(Path binary, long timeoutMillis) {
        return new ShellCheckRunner(binary, Duration.ofMillis(timeoutMillis));
    }
}
