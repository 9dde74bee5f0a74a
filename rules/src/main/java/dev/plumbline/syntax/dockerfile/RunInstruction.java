package dev.plumbline.syntax.dockerfile;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Relocation;
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
    /**
     * For a moved copy whose commands were not asked for yet: the commands of the instruction it was
     * moved from and the move still to apply. Moving them only when asked keeps a keystroke from
     * moving the commands of every RUN after it.
     */
    private transient volatile Pending pending;

    /** @param origin the snapshot {@code commands} belong to, which the pending move keeps in memory */
    private record Pending(List<Command> commands, Relocation relocation, TextDocument origin) {
    }
    /** {@link #mounts()}, read on first use; a moved copy reads its own again. */
    private transient volatile List<Mount> mounts;

    RunInstruction(Parts parts) {
        super(parts);
    }

    /**
     * {@code source} moved (see {@link MovedInstruction}). The commands are the costly part of a RUN:
     * when they were split already, the copy takes them along, to be moved when asked.
     */
    RunInstruction(RunInstruction source, Relocation relocation, int stageIndex) {
        super(source, relocation, stageIndex);
        source.moveCommandsTo(this, relocation);
        if (pending == null && pendingSource() instanceof RunInstruction read) {
            read.moveCommandsTo(this, pendingRelocation());
        }
    }

    /** Every simple command this RUN executes, in source order per script. Computed once. */
    public List<Command> commands() {
        List<Command> result = commands;
        if (result == null) {
            Pending moved = pending;
            result = moved != null ? List.copyOf(Relocation.all(moved.commands(), moved.relocation()::command))
                    : List.copyOf(split());
            commands = result;
            pending = null;
        }
        return result;
    }

    /** The commands when they were split already, here or before a move (for tests of the incremental parser). */
    Optional<List<Command>> splitCommands() {
        return commands != null || pending != null ? Optional.of(commands()) : Optional.empty();
    }

    /** Gives {@code copy}, this RUN moved by {@code relocation}, the commands split already, to be moved when asked. */
    void moveCommandsTo(RunInstruction copy, Relocation relocation) {
        List<Command> split = commands;
        Pending moved = pending;
        if (split != null) {
            copy.pending = new Pending(split, relocation, line().document());
        } else if (moved != null) {
            Relocation first = moved.relocation();
            copy.pending = new Pending(moved.commands(), new Relocation(first.offsets() + relocation.offsets(),
                    first.lines() + relocation.lines(), relocation.document()), moved.origin());
        }
    }

    /** The older snapshot the commands still to be moved belong to, if any. */
    Optional<TextDocument> pendingOrigin() {
        return Optional.ofNullable(pendingOriginOrNull());
    }

    /** {@link #pendingOrigin}, without an Optional: asked for every RUN on every keystroke. */
    TextDocument pendingOriginOrNull() {
        Pending moved = pending;
        return moved == null ? null : moved.origin();
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

    /**
     * True when a {@code --mount} reads from a stage or image ({@code from=}); asked without applying a
     * pending move, as the stage graph asks every RUN on every keystroke.
     */
    public boolean mountsFrom() {
        if (pendingSource() instanceof RunInstruction read) {
            return read.mountsFrom();
        }
        return hasFlag("mount") && mounts().stream().anyMatch(m -> m.from().isPresent());
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
