package dev.plumbline.cli;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One run of {@code check} in a test: exit code, stdout and stderr. */
record CheckRun(int exit, String out, String err) {

    /** Runs with the built-in rules, as the jar would, in {@code workingDirectory}. */
    static CheckRun builtin(Path workingDirectory, String... args) {
        return with(BuiltinRules.registry(), workingDirectory, args);
    }

    /** Runs with the fake Dockerfile language next to the real configuration language. */
    static CheckRun fake(Path workingDirectory, String... args) {
        return run(fakeCommand(workingDirectory, FileChecker.MAX_BYTES), args);
    }

    static CheckCommand fakeCommand(Path workingDirectory, long maxBytes) {
        return new CheckCommand(new Analyzer(FakeDockerfileLanguage.registry()),
                new ConfigResolver(FakeDockerfileLanguage.configLoader()), workingDirectory, maxBytes);
    }

    static CheckRun with(RuleRegistry registry, Path workingDirectory, String... args) {
        return run(new CheckCommand(new Analyzer(registry), BuiltinRules.configResolver(), workingDirectory), args);
    }

    static CheckRun run(CheckCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = command.execute(List.of(args), o, e);
        }
        return new CheckRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
