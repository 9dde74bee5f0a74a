package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm install} (or {@code npm i}) of the project's dependencies in a run script: it resolves
 * versions anew and may rewrite the lockfile, where {@code npm ci} installs exactly what the lockfile
 * says. Installs of named packages, global installs and installs that deliberately avoid the lockfile
 * are not this rule's. Only scripts run by a POSIX shell are read.
 */
public final class NpmInstallRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/npm-install", "npm install instead of npm ci", Severity.WARNING,
            Language.GITHUB_ACTIONS);

    static final String FIX_TITLE = "Replace with npm ci";

    private static final Set<String> INSTALL = Set.of("install", "i");
    /** npm options that take the next word as their value when written without {@code =}. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--prefix", "-C", "--workspace", "-w", "--omit",
            "--include", "--registry", "--cache", "--userconfig", "--globalconfig", "--loglevel", "--location",
            "--install-strategy", "--tag", "--before", "--cpu", "--os", "--libc", "--script-shell", "--fetch-retries",
            "--fetch-timeout", "--proxy", "--https-proxy", "--ca", "--cafile", "--otp", "--audit-level",
            "--lockfile-version", "--save-prefix", "--node-options", "--maxsockets", "--network-concurrency");
    /** Options after which {@code npm ci} would be wrong: global installs and installs that avoid the lockfile. */
    private static final Set<String> NOT_A_LOCKFILE_INSTALL = Set.of("-g", "--global", "--location=global",
            "--no-package-lock", "--package-lock=false", "--package-lock-only", "--help", "-h", "--usage");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** What was found: {@code npm}, the subcommand, and {@code --production} options to rewrite. */
    private record Match(Word npm, Word subcommand, List<Word> production) {
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        for (Step step : context.model().steps()) {
            context.checkCanceled();
            Optional<RunScript> script = step.run();
            if (script.isEmpty() || !script.get().isPosix()) {
                continue;
            }
            for (Command command : script.get().commands()) {
                match(command).ifPresent(m -> report(context, script.get(), m));
            }
        }
    }

    private static void report(RuleContext<WorkflowFile> context, RunScript script, Match match) {
        String written = match.npm().value() + " " + match.subcommand().value();
        Range range = new Range(match.npm().range().start(), match.subcommand().range().end());
        RuleContext<WorkflowFile>.Report report = context.report(range, "\"" + written
                + "\" resolves dependencies anew and may rewrite the lockfile; use \"npm ci\" to install exactly what"
                + " the lockfile pins");
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(match.subcommand().range(), "ci"));
        match.production().forEach(w -> edits.add(new TextEdit(w.range(), "--omit=dev")));
        if (script.exact() && writtenAsIs(context.document(), match)) {
            report.fix(FIX_TITLE, edits.toArray(TextEdit[]::new));
        }
    }

    /** True when each word to rewrite stands in the file exactly as its value (no quotes or escapes to keep). */
    private static boolean writtenAsIs(TextDocument document, Match match) {
        List<Word> words = new ArrayList<>(match.production());
        words.add(match.subcommand());
        return words.stream().allMatch(w -> document.textOf(w.range()).equals(w.value()));
    }

    private static Optional<Match> match(Command command) {
        if (!command.name().equals("npm")) {
            return Optional.empty();
        }
        List<Word> args = command.arguments();
        Word subcommand = null;
        List<Word> production = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (subcommand != null && v.equals("--")) {
                return i + 1 < args.size() ? Optional.empty() : Optional.of(new Match(command.nameWord().orElseThrow(),
                        subcommand, production));
            }
            if (v.startsWith("-") && v.length() > 1) {
                if (NOT_A_LOCKFILE_INSTALL.contains(v)) {
                    return Optional.empty();
                }
                if (OPTIONS_WITH_VALUE.contains(v)) {
                    if (v.equals("--location") && i + 1 < args.size() && args.get(i + 1).value().equals("global")) {
                        return Optional.empty();
                    }
                    i++;
                } else if (v.equals("--production")) {
                    production.add(args.get(i));
                }
                continue;
            }
            if (subcommand != null) {
                return Optional.empty(); // a package operand: an ad-hoc install, not a lockfile install
            }
            if (!INSTALL.contains(v)) {
                return Optional.empty();
            }
            subcommand = args.get(i);
        }
        return subcommand == null ? Optional.empty()
                : Optional.of(new Match(command.nameWord().orElseThrow(), subcommand, production));
    }
}
