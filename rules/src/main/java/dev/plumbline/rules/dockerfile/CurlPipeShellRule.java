package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A downloaded script run straight by a shell: {@code curl … | sh}, {@code sh -c "$(curl …)"},
 * {@code bash <(curl …)}. Nothing checks what was downloaded before it runs as the build user.
 */
public final class CurlPipeShellRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/curl-pipe-shell", "Downloaded script piped into a shell",
            Severity.WARNING, Language.DOCKERFILE);

    private static final Set<String> FETCHERS = Set.of("curl", "wget");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");
    private static final Pattern SUBSTITUTION = Pattern.compile("(?:\\$\\(|`|<\\()\\s*(?:curl|wget)\\b");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        TextDocument doc = context.document();
        for (Instruction instruction : context.model().instructions()) {
            Optional<RunInstruction> run = RunCommand.runOf(instruction);
            if (run.isEmpty()) {
                continue;
            }
            List<Command> commands = run.get().commands();
            for (int i = 0; i < commands.size(); i++) {
                Command command = commands.get(i);
                Optional<Word> shell = shellWord(command);
                if (shell.isEmpty()) {
                    continue;
                }
                if (i > 0 && FETCHERS.contains(commands.get(i - 1).name()) && RunCommand.pipes(commands.get(i - 1), command, doc)) {
                    report(context, new Range(commands.get(i - 1).range().start(), shell.get().range().end()),
                            commands.get(i - 1).name(), shell.get().value());
                } else if (substitutesDownload(command, doc)) {
                    report(context, command.range(), "downloaded", shell.get().value());
                }
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, Range range, String fetcher, String shell) {
        String what = fetcher.equals("downloaded") ? "A downloaded script" : "Output of " + fetcher;
        context.report(range, what + " runs straight in " + shell.substring(shell.lastIndexOf('/') + 1)
                + ": nothing checks it first; download to a file, verify its checksum or signature, then run it");
    }

    /** The shell word of a command that is a shell (also behind sudo or env). */
    private static Optional<Word> shellWord(Command command) {
        List<Word> words = command.words();
        int i = 0;
        while (i < words.size() - 1 && (words.get(i).value().equals("sudo") || words.get(i).value().endsWith("/env")
                || words.get(i).value().equals("env"))) {
            i++;
        }
        if (i >= words.size()) {
            return Optional.empty();
        }
        String name = words.get(i).value();
        return SHELLS.contains(name.substring(name.lastIndexOf('/') + 1)) ? Optional.of(words.get(i)) : Optional.empty();
    }

    /** {@code sh -c "$(curl …)"} or {@code bash <(curl …)}: the download is substituted into the shell's arguments. */
    private static boolean substitutesDownload(Command command, TextDocument doc) {
        int start = doc.offsetAt(command.range().start());
        int end = doc.offsetAt(command.range().end());
        // process substitution may lie past the recorded end: look to the end of the line
        int lineEnd = doc.text().indexOf('\n', end);
        String text = doc.text().substring(start, lineEnd < 0 ? doc.text().length() : lineEnd);
        int cut = firstSeparator(text);
        return SUBSTITUTION.matcher(cut < 0 ? text : text.substring(0, cut)).find();
    }

    /** Where the shell command ends on its line: an unquoted {@code ;}, {@code &&}, {@code ||} or {@code |}. */
    private static int firstSeparator(String text) {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth <= 0 && (c == ';' || c == '|' || c == '&')) {
                return i;
            }
        }
        return -1;
    }
}
