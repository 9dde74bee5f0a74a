package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.ShellCommands;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code RUN}: its commands (shell form split by {@link ShellCommands}, exec form as one command,
 * heredoc bodies a shell runs, {@code sh -c} scripts one level deep) and its mounts.
 */
public final class RunInstruction extends Instruction {

    private volatile List<Command> commands;
    /** {@link #mounts()}, read on first use; a moved copy reads its own again. */
    private transient volatile List<Mount> mounts;

    RunInstruction(Parts parts) {
        super(parts);
    }

    /** Every simple command this RUN executes, in source order per script. Computed once. */
    public List<Command> commands() {
        List<Command> result = commands;
        if (result == null) {
            result = List.copyOf(split());
            commands = result;
        }
        return result;
    }

    /** The commands when they were split already (for the incremental parser, which moves them along). */
    Optional<List<Command>> splitCommands() {
        return Optional.ofNullable(commands);
    }

    /** Sets the commands of a moved copy, so they need not be split again. */
    void presetCommands(List<Command> moved) {
        commands = List.copyOf(moved);
    }

    /**
     * The scripts a POSIX shell runs for this RUN, for tools that read whole scripts (ShellCheck):
     * the shell-form line; with heredocs, the line followed by the heredoc bodies and terminators it
     * reads (as BuildKit hands them to the shell), or, when the line is only heredocs, each body a
     * shell runs; in exec form, the script of {@code sh -c}. An unterminated heredoc gives none.
     */
    public List<MappedText> shellScripts() {
        if (execForm().isPresent()) {
            ExecForm exec = execForm().get();
            int script = ShellCommands.shellScriptIndex(exec.elements().stream().map(Word::value).toList());
            return script < 0 ? List.of() : List.of(exec.valueText(script));
        }
        Optional<MappedText> line = shellForm();
        if (line.isEmpty()) {
            return List.of();
        }
        List<Heredoc> docs = heredocs();
        if (docs.isEmpty()) {
            return List.of(line.get());
        }
        if (docs.stream().anyMatch(h -> !h.isTerminated())) {
            return List.of();
        }
        List<Command> lineCommands = ShellCommands.parse(line.get());
        if (lineCommands.stream().allMatch(c -> c.words().isEmpty() && c.assignments().isEmpty())) {
            List<MappedText> bodies = new ArrayList<>();
            for (Heredoc heredoc : docs) {
                if (runsInShell(heredoc, lineCommands)) {
                    bodies.add(heredoc.body());
                }
            }
            return bodies;
        }
        TextDocument document = line.get().document();
        MappedText.Builder builder = MappedText.builder(document, line.get().startOffset());
        builder.addFrom(line.get(), 0, line.get().length());
        builder.addDecoded('\n', line.get().endOffset(), 1);
        for (Heredoc heredoc : docs) {
            builder.addRun(heredoc.body().startOffset(), heredoc.body().endOffset());
            int end = document.offsetAt(heredoc.terminator().orElseThrow().end());
            builder.addRun(document.offsetAt(heredoc.terminator().orElseThrow().start()), end);
            builder.addDecoded('\n', end, 1);
        }
        return List.of(builder.build());
    }

    /** The {@code --mount} flags, parsed. */
    public List<Mount> mounts() {
        List<Mount> result = mounts;
        if (result == null) {
            result = flags("mount").stream().map(f -> Mount.parse(f, line().document())).toList();
            mounts = result;
        }
        return result;
    }

    private List<Command> split() {
        if (execForm().isPresent()) {
            ExecForm exec = execForm().get();
            return ShellCommands.parseExec(exec.elements(), exec.range(), exec::valueText);
        }
        List<Command> out = new ArrayList<>();
        List<Command> line = shellForm().map(ShellCommands::parse).orElse(List.of());
        out.addAll(line);
        for (Heredoc heredoc : heredocs()) {
            if (runsInShell(heredoc, line)) {
                out.addAll(ShellCommands.parse(heredoc.body()));
            }
        }
        return out;
    }

    /**
     * A heredoc body is a shell script when the RUN line is only that heredoc (BuildKit runs it with
     * the shell unless a shebang names another interpreter), or when a shell reads it as input.
     */
    private static boolean runsInShell(Heredoc heredoc, List<Command> line) {
        Optional<Command> reader = line.stream().filter(c -> c.heredocs().contains(heredoc.name())).findFirst();
        if (reader.isEmpty()) {
            return false;
        }
        Command command = reader.get();
        if (command.words().isEmpty()) {
            return shebangIsShell(heredoc.content());
        }
        List<String> values = command.words().stream().map(Word::value).toList();
        return ShellCommands.isShell(command.name()) && ShellCommands.shellScriptIndex(values) < 0;
    }

    private static boolean shebangIsShell(String body) {
        if (!body.startsWith("#!")) {
            return true;
        }
        int eol = body.indexOf('\n');
        String[] parts = body.substring(2, eol < 0 ? body.length() : eol).trim().split("[ \t]+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return true;
        }
        String interpreter = parts[0];
        if (interpreter.endsWith("/env")) {
            int i = 1;
            while (i < parts.length && parts[i].startsWith("-")) {
                i++;
            }
            interpreter = i < parts.length ? parts[i] : "";
        }
        return ShellCommands.isShell(interpreter);
    }
}
