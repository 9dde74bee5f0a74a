package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.EffectiveShell;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.shellcheck.ScriptPositions;
import dev.plumbline.shellcheck.ShellCheckRunner;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ShellCheck's findings in RUN scripts, when a {@code shellcheck} binary is available (on PATH or at
 * {@code dockerfile.shellcheckPath}); without one the rule finds nothing. Each script is prefixed with
 * two lines, a shebang for the stage's shell and one {@code export} of every ARG and ENV name in scope,
 * so variables the Dockerfile defines are not reported as unassigned.
 */
public final class ShellcheckRule implements Rule<Dockerfile> {

    static final String TOOL = "shellcheck";

    static final RuleMeta META = RuleMeta.of("dockerfile/shellcheck", "ShellCheck finding in a RUN script",
            Severity.WARNING, Language.DOCKERFILE);

    private static final Map<String, Severity> LEVELS = Map.of("error", Severity.ERROR, "warning", Severity.WARNING,
            "info", Severity.INFORMATION, "style", Severity.HINT);
    /** ShellCheck's dialects for the shells a SHELL may name (zsh is not one: not checked). */
    private static final Map<String, String> DIALECTS = Map.of("sh", "sh", "ash", "sh", "dash", "dash", "bash", "bash",
            "ksh", "ksh", "mksh", "ksh");
    private static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SHEBANG = Pattern.compile("#![ \\t]*(?:\\S*/env[ \\t]+(?:-\\S+[ \\t]+)*)?(\\S*?)([ \\t].*)?");

    private final Optional<ShellCheckRunner> fixedRunner;

    public ShellcheckRule() {
        this.fixedRunner = Optional.empty();
    }

    /** For tests: always use {@code runner}. */
    ShellcheckRule(ShellCheckRunner runner) {
        this.fixedRunner = Optional.of(runner);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Optional<ShellCheckRunner> runner = fixedRunner.isPresent() ? fixedRunner
                : ShellCheckRunner.forConfig(context.config());
        if (runner.isEmpty()) {
            return;
        }
        Dockerfile dockerfile = context.model();
        for (RunSite site : RunSite.all(dockerfile)) {
            EffectiveShell shell = site.shell();
            if (!site.run().isExecForm() && !shell.isPosix()) {
                continue;
            }
            List<MappedText> scripts = site.run().shellScripts();
            if (scripts.isEmpty()) {
                continue;
            }
            List<String> names = namesInScope(dockerfile, site.stage(), site.owner());
            for (MappedText script : scripts) {
                context.checkCanceled();
                String dialect = dialect(script, site.run().isExecForm() ? "sh" : shell.executable());
                if (dialect == null) {
                    continue;
                }
                check(context, runner.get(), script, dialect, names, site.run().isExecForm());
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, ShellCheckRunner runner, MappedText script,
            String dialect, List<String> names, boolean insideJson) {
        // two lines whatever the names: a shebang, and one export of every name in scope
        StringBuilder prefix = new StringBuilder("#!/bin/").append(dialect).append("\nexport");
        for (String name : names) {
            prefix.append(' ').append(name).append("=1");
        }
        prefix.append('\n');
        int prefixLines = 2;
        ScriptPositions positions = new ScriptPositions(script.text());
        for (ShellCheckRunner.Comment comment : runner.check(dialect, prefix + script.text())) {
            int from = positions.index(comment.line() - prefixLines, comment.column());
            if (from < 0) {
                continue; // a comment on the prefix
            }
            int to = positions.index(comment.endLine() - prefixLines, comment.endColumn());
            if (to <= from) {
                to = Math.min(script.length(), from + 1);
            }
            String code = "SC" + comment.code();
            RuleContext<Dockerfile>.Report report = context.report(script.range(from, to), "ShellCheck " + code + ": "
                    + comment.message())
                    .severity(LEVELS.getOrDefault(comment.level(), Severity.WARNING))
                    .peers(PeerId.of(TOOL, code), PeerId.of(PeerId.HADOLINT, code));
            if (!insideJson && !comment.fix().isEmpty()) {
                fix(script, positions, prefixLines, comment).ifPresent(f -> report.fix(f));
            }
        }
    }

    /** ShellCheck's own fix mapped back to the Dockerfile; empty when a replacement falls outside the script. */
    private static Optional<Fix> fix(MappedText script, ScriptPositions positions, int prefixLines,
            ShellCheckRunner.Comment comment) {
        List<TextEdit> edits = new ArrayList<>();
        for (ShellCheckRunner.Replacement r : comment.fix()) {
            int from = positions.index(r.line() - prefixLines, r.column());
            int to = positions.index(r.endLine() - prefixLines, r.endColumn());
            if (from < 0 || to < from || r.text().indexOf('\n') >= 0) {
                return Optional.empty();
            }
            edits.add(new TextEdit(script.range(from, to), r.text()));
        }
        return Optional.of(Fix.of("Apply ShellCheck's fix for SC" + comment.code(), edits.toArray(TextEdit[]::new)));
    }

    /** The dialect for a script: its own shebang (heredoc bodies), else the stage's shell; null when not checkable. */
    private static String dialect(MappedText script, String shell) {
        String text = script.text();
        if (text.startsWith("#!")) {
            int eol = text.indexOf('\n');
            var matcher = SHEBANG.matcher(eol < 0 ? text : text.substring(0, eol));
            if (matcher.matches()) {
                String program = matcher.group(1);
                return DIALECTS.get(program.substring(program.lastIndexOf('/') + 1));
            }
        }
        return DIALECTS.get(shell);
    }

    /** ENV names of the stage chain and ARG names of the stage, declared before {@code before}. */
    private static List<String> namesInScope(Dockerfile dockerfile, Stage stage, Instruction before) {
        Set<String> names = new TreeSet<>(PREDEFINED);
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (s == stage && instruction.startOffset() >= before.startOffset()) {
                    break;
                }
                if (instruction instanceof KeyValueInstruction env && env.isEnv()) {
                    env.pairs().forEach(p -> names.add(p.key().value()));
                } else if (instruction instanceof ArgInstruction arg && s == stage) {
                    arg.declarations().forEach(d -> names.add(d.name().value()));
                }
            }
        }
        names.removeIf(n -> !NAME.matcher(n).matches());
        return List.copyOf(names);
    }
}
