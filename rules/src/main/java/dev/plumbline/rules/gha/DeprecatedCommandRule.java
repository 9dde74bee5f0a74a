package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retired workflow commands {@code ::set-output}, {@code ::save-state}, {@code ::set-env} and
 * {@code ::add-path} in a run script. The first two still work with a warning; {@code set-env} and
 * {@code add-path} were disabled and fail the step. For {@code echo "::set-output name=x::value"} in
 * a POSIX shell the fix rewrites it as an append to the matching file ({@code $GITHUB_OUTPUT} …).
 */
public final class DeprecatedCommandRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/deprecated-command", "Retired workflow command", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "deprecated-commands"));

    static final String FIX_TITLE = "Rewrite as an append to the environment file";

    private static final Pattern COMMAND = Pattern.compile("::(set-output|save-state|set-env|add-path)(?=[\\s:])");
    private static final Map<String, String> FILES = Map.of("set-output", "GITHUB_OUTPUT", "save-state", "GITHUB_STATE",
            "set-env", "GITHUB_ENV", "add-path", "GITHUB_PATH");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().value().contains("::")) {
                continue;
            }
            MappedText text = script.get().text();
            Matcher m = COMMAND.matcher(text.text());
            while (m.find()) {
                String name = m.group(1);
                String file = FILES.get(name);
                boolean disabled = name.equals("set-env") || name.equals("add-path");
                String message = "\"::" + name + "\" " + (disabled ? "was disabled for security reasons and fails the"
                        + " step" : "is deprecated and will stop working") + "; append to $" + file + " instead";
                var report = context.report(text.range(m.start(), m.end()), message);
                if (script.get().isPosix() && script.get().exact()) {
                    rewrite(context.document(), script.get(), m.start(), name, file)
                            .ifPresent(edit -> report.fix(FIX_TITLE, edit));
                }
            }
        }
    }

    /** {@code echo "::set-output name=x::v"} becomes {@code echo "x=v" >> "$GITHUB_OUTPUT"}, for a lone echo word. */
    private static Optional<TextEdit> rewrite(TextDocument document, RunScript script, int at, String name, String file) {
        MappedText text = script.text();
        int fileOffset = text.startOffset(at);
        for (Command command : script.commands()) {
            if (!command.name().equals("echo") || command.arguments().size() != 1) {
                continue;
            }
            Word word = command.arguments().get(0);
            int start = document.offsetAt(word.range().start());
            int end = document.offsetAt(word.range().end());
            if (fileOffset < start || fileOffset >= end || word.range().start().line() != word.range().end().line()
                    || !command.range().end().equals(word.range().end())) {
                continue;
            }
            String raw = document.textOf(word.range());
            String value = word.value();
            String replaced;
            if (name.equals("add-path")) {
                if (!value.startsWith("::add-path::") || count(raw, "::add-path::") != 1) {
                    return Optional.empty();
                }
                replaced = raw.replace("::add-path::", "");
            } else {
                Matcher m = Pattern.compile("::" + name + " name=([A-Za-z0-9_.-]+)::").matcher(value);
                if (!m.lookingAt()) {
                    return Optional.empty();
                }
                String prefix = m.group();
                if (count(raw, prefix) != 1) {
                    return Optional.empty();
                }
                replaced = raw.replace(prefix, m.group(1) + "=");
            }
            return Optional.of(new TextEdit(word.range(), replaced + " >> \"$" + file + "\""));
        }
        return Optional.empty();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
