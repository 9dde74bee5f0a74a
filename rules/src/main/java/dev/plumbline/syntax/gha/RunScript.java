package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Relocation;
import dev.plumbline.syntax.shell.ShellCommands;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A step's {@code run:} script with the shell that runs it: the step's {@code shell}, else the job's
 * {@code defaults.run.shell}, else the workflow's, else the runner's default ({@code pwsh} on a job
 * whose {@code runs-on} names Windows, {@code bash} otherwise). For POSIX shells the script is split
 * into {@link Command}s whose words carry their exact ranges in the workflow file.
 */
public final class RunScript {

    private final YamlScalar scalar;
    private final TextDocument document;
    private final String shell;
    private final YamlScalar shellScalar;
    private volatile MappedText text;
    private volatile List<Command> commands;

    RunScript(YamlScalar scalar, TextDocument document, String shell, YamlScalar shellScalar) {
        this.scalar = scalar;
        this.document = document;
        this.shell = shell;
        this.shellScalar = shellScalar;
    }

    /**
     * This script in another snapshot of the document where its scalar (the very node) lies
     * {@code relocation} away: what was parsed already is moved, not parsed again.
     */
    RunScript relocated(Relocation relocation) {
        RunScript moved = new RunScript(scalar, relocation.document(), shell, shellScalar);
        MappedText parsedText = text;
        if (parsedText != null) {
            moved.text = relocation.text(parsedText);
        }
        List<Command> parsed = commands;
        if (parsed != null) {
            moved.commands = relocation.offsets() == 0 && relocation.lines() == 0 ? parsed
                    : Relocation.all(parsed, relocation::command);
        }
        return moved;
    }

    /** The {@code run:} scalar. */
    public YamlScalar scalar() {
        return scalar;
    }

    /** The script as the runner receives it. */
    public String value() {
        return scalar.value();
    }

    /** The effective shell as written ({@code bash}, {@code pwsh}, {@code bash -e {0}}, an expression …). */
    public String shell() {
        return shell;
    }

    /** Where the effective shell is set (step, job or workflow {@code shell:}); empty for the runner default. */
    public Optional<YamlScalar> shellScalar() {
        return Optional.ofNullable(shellScalar);
    }

    /**
     * The shell program's name, lower case, without directory and {@code .exe}: {@code bash} for
     * {@code /usr/bin/bash -e {0}}; "" when the shell is an expression.
     */
    public String shellName() {
        return shellName(shell);
    }

    /** True for shells whose scripts {@link ShellCommands} can split (bash, sh and their kin). */
    public boolean isPosix() {
        return ShellCommands.isShell(shellName());
    }

    /** The script with each character's place in the file. */
    public MappedText text() {
        MappedText result = text;
        if (result == null) {
            result = ScalarText.of(scalar, document);
            text = result;
        }
        return result;
    }

    /** True when every character of the script maps to its own place in the file. */
    public boolean exact() {
        return scalar.content().exact();
    }

    /** The simple commands of a POSIX script ({@code sh -c} one level deep); empty for other shells. */
    public List<Command> commands() {
        List<Command> result = commands;
        if (result == null) {
            result = isPosix() ? List.copyOf(ShellCommands.parse(text())) : List.of();
            commands = result;
        }
        return result;
    }

    static String shellName(String shell) {
        String trimmed = shell.trim();
        if (trimmed.contains("${{")) {
            return "";
        }
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
            space++;
        }
        String program = trimmed.substring(0, space);
        program = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
        program = program.toLowerCase(Locale.ROOT);
        return program.endsWith(".exe") ? program.substring(0, program.length() - 4) : program;
    }

    @Override
    public String toString() {
        return "RunScript[" + shell + " " + scalar.range() + "]";
    }
}
