package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Edits to a whole RUN script. */
public final class RunEdits {

    private RunEdits() {
    }

    /**
     * Appends {@code && <script>} to a shell-form RUN without heredocs, when the script ends with a
     * plain top-level command (only blanks or a {@code ;} after it), so the new command runs after
     * everything else; empty otherwise (exec form, heredocs, a trailing {@code fi}, {@code done} …).
     */
    public static Optional<TextEdit> appendCommand(RunInstruction run, String script) {
        return tail(run).map(t -> TextEdit.insert(t.document().positionAt(t.scriptEnd()),
                (t.semicolon() ? " " : " && ") + script));
    }

    /** Where a plain script ends: its end offset, and whether a {@code ;} follows its last command. */
    private record Tail(TextDocument document, int scriptEnd, boolean semicolon) {
    }

    /** The end of a shell-form RUN without heredocs whose last top-level command ends the script. */
    private static Optional<Tail> tail(RunInstruction run) {
        Optional<MappedText> shell = run.shellForm();
        if (shell.isEmpty() || !run.heredocs().isEmpty() || run.commands().isEmpty()) {
            return Optional.empty();
        }
        TextDocument doc = shell.get().document();
        int lastEnd = -1;
        for (Command command : run.commands()) {
            if (command.nesting() == 0) {
                lastEnd = Math.max(lastEnd, doc.offsetAt(command.range().end()));
            }
        }
        int scriptEnd = shell.get().endOffset();
        if (lastEnd < 0 || lastEnd > scriptEnd) {
            return Optional.empty();
        }
        String rest = doc.text().substring(lastEnd, scriptEnd);
        boolean semicolon = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == ';' && !semicolon) {
                semicolon = true;
            } else if (c != ' ' && c != '\t') {
                return Optional.empty();
            }
        }
        return Optional.of(new Tail(doc, scriptEnd, semicolon));
    }

    /**
     * Merges {@code next} into {@code previous} (two adjacent shell-form RUNs with the same flags): the
     * text between their scripts becomes {@code " && \\"}, a line break and an indent. Empty when the
     * result would not mean the same: {@code previous} ends in a control structure or {@code &},
     * {@code next} chains with anything but {@code &&} or {@code |}, or a comment sits between them.
     */
    public static Optional<TextEdit> merge(RunInstruction previous, RunInstruction next, char escape) {
        Optional<MappedText> first = previous.shellForm();
        Optional<MappedText> second = next.shellForm();
        if (first.isEmpty() || second.isEmpty() || !previous.heredocs().isEmpty() || !next.heredocs().isEmpty()) {
            return Optional.empty();
        }
        // an incremental parse may have kept previous from an older snapshot (whose text agrees up to
        // it), never next without previous: next's snapshot holds both
        TextDocument doc = second.get().document();
        Optional<Tail> tail = tail(previous);
        if (tail.isEmpty() || tail.get().semicolon()) {
            return Optional.empty();
        }
        Command last = null;
        List<Command> topLevel = next.commands().stream().filter(c -> c.nesting() == 0)
                .sorted(Comparator.comparingInt(c -> doc.offsetAt(c.range().start()))).toList();
        for (Command command : topLevel) {
            if (last != null && doc.offsetAt(command.range().start()) < doc.offsetAt(last.range().end())) {
                continue; // inside $(…) of the previous command
            }
            if (last != null) {
                String between = doc.text().substring(doc.offsetAt(last.range().end()), doc.offsetAt(command.range().start()))
                        .replace(String.valueOf(escape) + "\r\n", "").replace(String.valueOf(escape) + "\n", "").strip();
                if (!between.equals("&&") && !between.equals("|")) {
                    return Optional.empty();
                }
            }
            last = command;
        }
        int from = first.get().endOffset();
        int to = second.get().startOffset();
        String gap = doc.text().substring(from, to);
        if (gap.indexOf('#') >= 0) {
            return Optional.empty();
        }
        String separator = doc.lineSeparator();
        return Optional.of(new TextEdit(doc.rangeOf(from, to), " && " + escape + separator + "    "));
    }
}
