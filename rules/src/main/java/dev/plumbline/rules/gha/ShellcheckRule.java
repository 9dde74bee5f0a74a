package dev.plumbline.rules.gha;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.shellcheck.ScriptPositions;
import dev.plumbline.shellcheck.ShellCheckRunner;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ShellCheck's findings in {@code run:} scripts whose effective shell is bash or sh, when a
 * {@code shellcheck} binary is available (on PATH, or at {@code gha.shellcheckPath} or
 * {@code dockerfile.shellcheckPath}; {@code gha.shellcheck: off} switches it off). {@code ${{ }}}
 * expressions are masked with letters of the same length, so positions map exactly into {@code |} and
 * {@code >} block scalars; each script is prefixed with a shebang and one {@code export} of the
 * names its {@code env:} (step, job, workflow) sets, so those are not reported as unassigned.
 */
public final class ShellcheckRule implements Rule<WorkflowFile> {

    static final String TOOL = "shellcheck";
    static final String MODE_OPTION = "gha.shellcheck";
    static final String PATH_OPTION = "gha.shellcheckPath";

    static final RuleMeta META = RuleMeta.of("gha/shellcheck", "ShellCheck finding in a run script", Severity.WARNING,
            Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "shellcheck"));

    private static final Map<String, Severity> LEVELS = Map.of("error", Severity.ERROR, "warning", Severity.WARNING,
            "info", Severity.INFORMATION, "style", Severity.HINT);
    private static final Map<String, String> DIALECTS = Map.of("bash", "bash", "sh", "sh", "dash", "dash", "ksh", "ksh");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final PeerId ACTIONLINT = PeerId.of(PeerId.ACTIONLINT, "shellcheck");

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
    public void check(RuleContext<WorkflowFile> context) {
        Optional<ShellCheckRunner> runner = fixedRunner.isPresent() ? fixedRunner
                : ShellCheckRunner.forConfig(context.config(), MODE_OPTION, PATH_OPTION, ShellCheckRunner.PATH_OPTION);
        if (runner.isEmpty()) {
            return;
        }
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty()) {
                continue;
            }
            String dialect = DIALECTS.get(script.get().shellName());
            if (dialect != null && !script.get().value().isBlank()) {
                check(context, runner.get(), script.get(), dialect, envNames(step));
            }
        }
    }

    private static void check(RuleContext<WorkflowFile> context, ShellCheckRunner runner, RunScript script,
            String dialect, List<String> names) {
        MappedText text = script.text();
        String masked = masked(text.text());
        StringBuilder prefix = new StringBuilder("#!/bin/").append(dialect).append("\nexport");
        names.forEach(n -> prefix.append(' ').append(n).append("=1"));
        prefix.append('\n');
        int prefixLines = 2;
        ScriptPositions positions = new ScriptPositions(masked);
        for (ShellCheckRunner.Comment comment : runner.check(dialect, prefix + masked)) {
            int from = positions.index(comment.line() - prefixLines, comment.column());
            if (from < 0) {
                continue; // a comment on the prefix
            }
            int to = positions.index(comment.endLine() - prefixLines, comment.endColumn());
            if (to <= from) {
                to = Math.min(text.length(), from + 1);
            }
            String code = "SC" + comment.code();
            var report = context.report(text.range(from, to), "ShellCheck " + code + ": " + comment.message())
                    .severity(LEVELS.getOrDefault(comment.level(), Severity.WARNING))
                    .peers(PeerId.of(TOOL, code), ACTIONLINT);
            if (script.exact() && !comment.fix().isEmpty() && !touchesExpression(masked, text.text(), comment, positions,
                    prefixLines)) {
                fix(text, positions, prefixLines, comment).ifPresent(report::fix);
            }
        }
    }

    /** {@code ${{ … }}} replaced by as many letters (line breaks kept), so ShellCheck sees a plain word. */
    static String masked(String script) {
        StringBuilder out = new StringBuilder(script);
        int at = script.indexOf("${{");
        while (at >= 0) {
            int end = script.indexOf("}}", at + 3);
            int stop = end < 0 ? script.length() : end + 2;
            for (int i = at; i < stop; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, 'X');
                }
            }
            at = end < 0 ? -1 : script.indexOf("${{", stop);
        }
        return out.toString();
    }

    /** True when a replacement of the fix falls inside a masked expression (the fix would rewrite it). */
    private static boolean touchesExpression(String masked, String original, ShellCheckRunner.Comment comment,
            ScriptPositions positions, int prefixLines) {
        for (ShellCheckRunner.Replacement r : comment.fix()) {
            int from = positions.index(r.line() - prefixLines, r.column());
            int to = positions.index(r.endLine() - prefixLines, r.endColumn());
            for (int i = Math.max(0, from); i < Math.min(to, original.length()); i++) {
                if (masked.charAt(i) != original.charAt(i)) {
                    return true;
                }
            }
        }
        return false;
    }

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

    /** Names the step's, job's and workflow's {@code env:} set. */
    private static List<String> envNames(Step step) {
        Set<String> names = new TreeSet<>();
        add(names, step.env());
        step.job().ifPresent(j -> add(names, j.env()));
        step.job().map(j -> j.workflow().env()).ifPresent(e -> add(names, e));
        names.removeIf(n -> !NAME.matcher(n).matches());
        return List.copyOf(names);
    }

    private static void add(Set<String> names, Optional<YamlMapping> env) {
        env.ifPresent(m -> names.addAll(m.keys()));
    }
}
