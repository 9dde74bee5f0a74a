package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.PossibleParents;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.ShellCommands;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CMD or ENTRYPOINT in shell form: the program runs as a child of {@code /bin/sh -c}, which does not
 * pass on signals, so {@code docker stop} waits for the timeout and then kills it. A SHELL in the stage
 * chain shows shell form is a deliberate choice (BuildKit's rule), so it is not flagged then.
 */
public final class CmdShellFormRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/cmd-shell-form", "CMD or ENTRYPOINT in shell form",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3025"),
            PeerId.of(PeerId.BUILDKIT, "JSONArgsRecommended"));

    static final String FIX_TITLE = "Convert to JSON exec form";
    /** Shell builtins: as an exec-form program they would not be found. */
    private static final Set<String> BUILTINS = Set.of("exec", "cd", "source", ".", "export", "set", "eval", "trap",
            "ulimit", "umask", "unset", "alias", "read", "shift", "return", "exit", "wait", "command", "builtin",
            "type", "hash", "times", ":", "let", "declare", "local", "readonly", "shopt", "fg", "bg", "jobs");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            boolean shellSet = PossibleParents.of(dockerfile, stage).stream()
                    .anyMatch(s -> s.instructions().stream().anyMatch(i -> i.is("SHELL")));
            boolean cmdSet = false;
            List<Stage> chain = dockerfile.stageChain(stage);
            for (Stage s : chain) {
                for (Instruction owner : s.instructions()) {
                    Instruction instruction = owner instanceof OnbuildInstruction onbuild
                            ? onbuild.trigger().orElse(owner) : owner;
                    if (owner.is("SHELL")) {
                        shellSet = true;
                    }
                    if (owner.is("CMD")) {
                        cmdSet = true;
                    }
                    boolean target = instruction.is("CMD") || instruction.is("ENTRYPOINT");
                    if (s != stage || !target || shellSet || instruction.isExecForm()
                            || instruction.shellForm().map(MappedText::isEmpty).orElse(true)
                            || looksLikeBrokenJson(instruction)) {
                        continue;
                    }
                    report(context, instruction, instruction.is("ENTRYPOINT") && (cmdSet || laterCmd(s, owner)));
                }
            }
        }
    }

    /** A JSON array in single quotes was meant as exec form; json-single-quotes reports it, with its own fix. */
    private static boolean looksLikeBrokenJson(Instruction instruction) {
        return JsonSingleQuotesRule.toJson(instruction.argumentText().text()).isPresent();
    }

    private static boolean laterCmd(Stage stage, Instruction after) {
        return stage.instructions().stream().anyMatch(i -> i.is("CMD") && i.startOffset() > after.startOffset());
    }

    private static void report(RuleContext<Dockerfile> context, Instruction instruction, boolean cmdInChain) {
        MappedText script = instruction.shellForm().orElseThrow();
        String name = instruction.name();
        RuleContext<Dockerfile>.Report report = context.report(script.range(), name + " in shell form runs the"
                + " program under /bin/sh -c, which does not pass on signals such as the one docker stop sends;"
                + " write it as a JSON array");
        // exec-form ENTRYPOINT would start taking the CMD as arguments
        if (!cmdInChain) {
            json(script).ifPresent(json -> report.fix(FIX_TITLE, new TextEdit(script.range(), json)));
        }
    }

    /** The JSON array for a script that is one plain command (no variables, globs, operators or redirections). */
    static Optional<String> json(MappedText script) {
        String text = script.text();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                quote = c == '\'' ? 0 : quote;
            } else if (quote == '"') {
                if (c == '$' || c == '`' || c == '\\') {
                    return Optional.empty();
                }
                quote = c == '"' ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if ("$`*?[]{}~#\\|&;<>()\n\r".indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        if (quote != 0) {
            return Optional.empty();
        }
        List<Command> commands = ShellCommands.parse(script);
        if (commands.size() != 1) {
            return Optional.empty();
        }
        Command command = commands.get(0);
        if (!command.assignments().isEmpty() || !command.redirects().isEmpty() || command.words().isEmpty()
                || BUILTINS.contains(command.words().get(0).value())) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder("[");
        for (Word word : command.words()) {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"');
            for (char c : word.value().toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\');
                }
                json.append(c);
            }
            json.append('"');
        }
        return Optional.of(json.append(']').toString());
    }
}
