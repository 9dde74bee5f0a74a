package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
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
        String tail = doc.text().substring(lastEnd, scriptEnd);
        boolean semicolon = false;
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == ';' && !semicolon) {
                semicolon = true;
            } else if (c != ' ' && c != '\t') {
                return Optional.empty();
            }
        }
        return Optional.of(TextEdit.insert(doc.positionAt(scriptEnd), (semicolon ? " " : " && ") + script));
    }
}
