package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.EntryRemoval;
import dev.plumbline.rules.gha.support.KnownActions;
import dev.plumbline.rules.gha.support.Scanners;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A security scanner step (trivy, grype, snyk, npm/yarn/pnpm audit, pip-audit, safety, gitleaks,
 * trufflehog, semgrep, checkov, codeql, zizmor, hadolint, kube-linter … as an action or a command)
 * that can no longer fail the build: {@code continue-on-error: true}, {@code if: false}, a command
 * followed by {@code || true}, {@code --exit-code 0}, {@code --exit-zero}, {@code --soft-fail}, or the
 * inputs {@code exit-code: 0}, {@code fail-build: false}, {@code soft_fail: true}. Scans that write
 * SARIF for code scanning are exempt: their findings gate through code-scanning alerts.
 */
public final class SecurityScanDisabledRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/security-scan-disabled", "Security scan cannot fail the build",
            Severity.WARNING, Language.GITHUB_ACTIONS);

    static final String FIX_TITLE = "Remove the bypass";

    /** Inputs that make a scanner action non-gating, with the values that do. */
    private static final Map<String, List<String>> BYPASS_INPUTS = Map.of("exit-code", List.of("0"),
            "fail-build", List.of("false"), "soft_fail", List.of("true"), "soft-fail", List.of("true"),
            "fail-on-severity", List.of("none"), "continue-on-error", List.of("true"));

    private static final Pattern OR_TRUE = Pattern.compile("^[ \\t]*\\|\\|[ \\t]*(true|:|exit[ \\t]+0)(?=[\\s;)&|]|$)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<String> action = Scanners.action(step);
            Optional<String> command = step.run().flatMap(SecurityScanDisabledRule::scannerCommand);
            if ((action.isEmpty() && command.isEmpty()) || writesSarif(step)) {
                continue;
            }
            String what = action.orElseGet(command::get);
            stepBypass(context, step, "continue-on-error", "true", what);
            stepBypass(context, step, "if", "false", what);
            action.ifPresent(a -> inputBypasses(context, step, a));
            step.run().filter(RunScript::isPosix).ifPresent(script -> commandBypasses(context, script));
        }
    }

    private static Optional<String> scannerCommand(RunScript script) {
        return script.isPosix() ? script.commands().stream().map(Scanners::command).flatMap(Optional::stream).findFirst()
                : Optional.empty();
    }

    private static void stepBypass(RuleContext<WorkflowFile> context, Step step, String key, String value, String what) {
        Optional<YamlMapping> mapping = step.mapping();
        Optional<YamlEntry> entry = mapping.flatMap(m -> m.entry(key));
        Optional<YamlScalar> scalar = entry.flatMap(e -> e.value().asScalar());
        if (scalar.isEmpty() || !normalized(scalar.get()).equals(value)) {
            return;
        }
        var report = context.report(scalar.get().range(), "\"" + key + ": " + value + "\" on the " + what
                + " step means its findings can never fail the build; remove it (or fix or triage the findings)");
        EntryRemoval.remove(mapping.get(), entry.get(), null, context.document()).ifPresent(e -> report.fix(FIX_TITLE, e));
    }

    private static void inputBypasses(RuleContext<WorkflowFile> context, Step step, String action) {
        Optional<YamlMapping> with = step.with();
        if (with.isEmpty()) {
            return;
        }
        for (YamlEntry entry : with.get().entries()) {
            String key = entry.keyText().orElse("").toLowerCase(Locale.ROOT);
            Optional<YamlScalar> value = entry.value().asScalar();
            List<String> bypass = BYPASS_INPUTS.get(key);
            if (bypass == null || value.isEmpty() || !bypass.contains(normalized(value.get()))) {
                continue;
            }
            var report = context.report(value.get().range(), "Input \"" + entry.keyText().orElse("") + ": "
                    + value.get().value() + "\" makes " + action + " pass whatever it finds; remove it so findings"
                    + " fail the build");
            EntryRemoval.remove(with.get(), entry, step.mapping().flatMap(m -> m.entry("with")).orElse(null),
                    context.document()).ifPresent(e -> report.fix(FIX_TITLE, e));
        }
    }

    private static void commandBypasses(RuleContext<WorkflowFile> context, RunScript script) {
        TextDocument document = context.document();
        for (Command command : script.commands()) {
            Optional<String> scanner = Scanners.command(command);
            if (scanner.isEmpty() || command.words().isEmpty()) {
                continue;
            }
            List<Word> args = command.arguments();
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                Range range = null;
                if ((v.equals("--exit-code") || v.equals("--exit-status")) && i + 1 < args.size()
                        && args.get(i + 1).value().equals("0")) {
                    range = new Range(args.get(i).range().start(), args.get(i + 1).range().end());
                } else if (v.equals("--exit-code=0") || v.equals("--exit-zero") || v.equals("--soft-fail")
                        || v.equals("--no-fail") || (v.equals("--audit-level") && i + 1 < args.size()
                        && args.get(i + 1).value().equals("none"))) {
                    range = args.get(i).range();
                }
                if (range != null) {
                    context.report(range, "\"" + document.textOf(range) + "\" makes " + scanner.get() + " pass whatever"
                            + " it finds; remove it so findings fail the build");
                }
            }
            Word last = command.words().get(command.words().size() - 1);
            int end = command.redirects().isEmpty() ? last.endOffset()
                    : Math.max(last.endOffset(), document.offsetAt(command.range().end()));
            int lineEnd = document.offsetAt(document.lineRange(document.positionAt(end).line()).end());
            Matcher m = OR_TRUE.matcher(document.text().substring(end, Math.max(end, lineEnd)));
            if (m.find() && !command.pipesOut()) {
                Range bypass = document.rangeOf(end + m.start(), end + m.end());
                var report = context.report(document.rangeOf(end + m.start() + m.group().indexOf('|'), end + m.end()),
                        "\"|| " + m.group(1) + "\" after " + scanner.get() + " swallows its failure, so findings never"
                                + " fail the build; remove it");
                if (script.exact()) {
                    report.fix(FIX_TITLE, new TextEdit(bypass, ""));
                }
            }
        }
    }

    private static boolean writesSarif(Step step) {
        boolean input = KnownActions.inputText(step, "format").map(f -> f.contains("sarif")).orElse(false)
                || KnownActions.inputText(step, "output").map(f -> f.endsWith(".sarif")).orElse(false)
                || KnownActions.inputText(step, "sarif_file").isPresent()
                || KnownActions.inputText(step, "output_format").map(f -> f.contains("sarif")).orElse(false);
        boolean command = step.run().map(s -> s.value().toLowerCase(Locale.ROOT).contains("sarif")).orElse(false);
        return input || command;
    }

    private static String normalized(YamlScalar scalar) {
        return scalar.value().trim().toLowerCase(Locale.ROOT);
    }
}
