package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.AccessPath;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprNode.Binary;
import dev.plumbline.syntax.gha.expr.ExprNode.Call;
import dev.plumbline.syntax.gha.expr.ExprNode.Operator;
import dev.plumbline.syntax.gha.expr.Expression;
import dev.plumbline.syntax.gha.expr.TemplateString;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which parts of an expression carry text an outsider controls ("untrusted contexts" in RULES.md):
 * titles and bodies of issues, pull requests, discussions, comments and reviews, branch names and
 * labels of pull-request heads, commit messages and author names and e-mails, page names. Values are
 * followed through {@code env.*} (the step's, job's and workflow's {@code env:}), {@code matrix.*}
 * (the job's matrix rows), {@code steps.<id>.outputs.*} (lines of an earlier run script that write
 * the output) and {@code needs.<job>.outputs.*} (the job's {@code outputs:}). SHAs, ids, numbers,
 * results and outcomes are trusted; so are comparisons and {@code contains()}-style tests, which
 * yield booleans.
 */
public final class UntrustedInputs {

    /** Dotted patterns, lower case; {@code *} matches one segment. */
    private static final List<String[]> PATTERNS = List.of(
            "github.head_ref",
            "github.event.issue.title", "github.event.issue.body",
            "github.event.pull_request.title", "github.event.pull_request.body",
            "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
            "github.event.pull_request.head.repo.default_branch",
            "github.event.discussion.title", "github.event.discussion.body",
            "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
            "github.event.head_commit.message", "github.event.head_commit.author.name",
            "github.event.head_commit.author.email", "github.event.head_commit.committer.name",
            "github.event.head_commit.committer.email",
            "github.event.commits.*.message", "github.event.commits.*.author.name",
            "github.event.commits.*.author.email", "github.event.commits.*.committer.name",
            "github.event.commits.*.committer.email",
            "github.event.workflow_run.head_branch", "github.event.workflow_run.display_title",
            "github.event.workflow_run.head_commit.message", "github.event.workflow_run.head_commit.author.name",
            "github.event.workflow_run.head_commit.author.email",
            "github.event.workflow_run.head_commit.committer.name",
            "github.event.workflow_run.head_commit.committer.email",
            "github.event.workflow_run.pull_requests.*.head.ref",
            "github.event.check_suite.head_branch", "github.event.check_run.check_suite.head_branch",
            "github.event.merge_group.head_commit.message", "github.event.merge_group.head_commit.author.name",
            "github.event.merge_group.head_commit.author.email",
            "github.event.pages.*.page_name")
            .stream().map(p -> p.split("\\.")).toList();

    private static final int MAX_DEPTH = 6;

    /**
     * One untrusted value that reaches the expression's result.
     *
     * @param node the node that brings it in ({@code github.event.issue.title}, or {@code env.TITLE})
     * @param path the untrusted context it comes from, dotted as written
     * @param via how it was traced ({@code env.TITLE}), or null when the node is the untrusted context itself
     */
    public record Source(ExprNode node, String path, String via) {

        public boolean isDirect() {
            return via == null;
        }
    }

    /**
     * What a trace read beyond the expression's own job and the workflow's {@code env:}: whether it
     * looked up another job ({@code needs.<job>.outputs.*}), so its result depends on that job too.
     */
    public static final class Reach {
        private boolean otherJobs;

        public boolean otherJobs() {
            return otherJobs;
        }
    }

    private final WorkflowFile file;
    private final Job job;
    private final Step step;
    private final Reach reach;

    private UntrustedInputs(WorkflowFile file, Job job, Step step, Reach reach) {
        this.file = file;
        this.job = job;
        this.step = step;
        this.reach = reach;
    }

    /** The untrusted values that flow into the value of {@code expression} evaluated for {@code step} of {@code job}. */
    public static List<Source> in(Expression expression, WorkflowFile file, Job job, Step step) {
        return in(expression, file, job, step, new Reach());
    }

    /** As {@link #in(Expression, WorkflowFile, Job, Step)}, noting in {@code reach} what the trace read. */
    public static List<Source> in(Expression expression, WorkflowFile file, Job job, Step step, Reach reach) {
        List<Source> out = new ArrayList<>();
        if (expression.root() != null) {
            new UntrustedInputs(file, job, step, reach).collect(expression.root(), out, new HashSet<>(), 0);
        }
        return out;
    }

    /**
     * True when a context path reads untrusted text: it is, or is inside, an untrusted context, or it
     * is an object holding one ({@code github.event.pull_request} holds its title).
     */
    public static boolean isUntrusted(AccessPath path) {
        for (String[] pattern : PATTERNS) {
            int n = Math.min(pattern.length, path.size());
            boolean matches = true;
            for (int i = 0; i < n && matches; i++) {
                String segment = path.key(i);
                matches = pattern[i].equals("*") || segment.equals("*") || pattern[i].equals(segment);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** Collects the sources of the value of {@code node}. */
    private void collect(ExprNode node, List<Source> out, Set<String> seen, int depth) {
        Optional<AccessPath> path = node.path();
        if (path.isPresent()) {
            if (isUntrusted(path.get())) {
                out.add(new Source(node, path.get().toString(), null));
                return;
            }
            String traced = trace(path.get(), seen, depth);
            if (traced != null) {
                out.add(new Source(node, traced, path.get().toString()));
            }
            return;
        }
        if (node instanceof Call call) {
            List<ExprNode> args = call.arguments();
            switch (call.key()) {
                case "tojson", "fromjson", "format", "join" -> args.forEach(a -> collect(a, out, seen, depth));
                case "case" -> {
                    for (int i = 1; i < args.size(); i += 2) {
                        collect(args.get(i), out, seen, depth);
                    }
                    if (!args.isEmpty() && args.size() % 2 == 1) {
                        collect(args.get(args.size() - 1), out, seen, depth);
                    }
                }
                default -> {
                }
            }
            return;
        }
        if (node instanceof Binary binary && binary.operator() == Operator.OR) {
            collect(binary.left(), out, seen, depth); // a || b yields a when a is truthy
            collect(binary.right(), out, seen, depth);
        }
        if (node instanceof Binary binary && binary.operator() == Operator.AND) {
            collect(binary.right(), out, seen, depth); // a && b yields a only when a is falsy: empty, no text
        }
        if (node instanceof ExprNode.Index index && index.receiver().path().isEmpty()) {
            collect(index.receiver(), out, seen, depth); // fromJSON(x)[0]
        }
        if (node instanceof ExprNode.Property property && property.receiver().path().isEmpty()) {
            collect(property.receiver(), out, seen, depth); // fromJSON(x).y
        }
    }

    /** The untrusted context behind {@code env.X}, {@code matrix.X}, {@code steps.s.outputs.X} or {@code needs.j.outputs.X}. */
    private String trace(AccessPath path, Set<String> seen, int depth) {
        if (depth >= MAX_DEPTH || path.size() < 2 || !seen.add(path.normalized())) {
            return null;
        }
        try {
            return switch (path.context()) {
                case "env" -> traceEnv(path.segments().get(1), seen, depth);
                case "matrix" -> traceMatrix(path.segments().get(1), seen, depth);
                case "steps" -> path.size() >= 4 && path.key(2).equals("outputs")
                        ? traceStepOutput(path.segments().get(1), path.segments().get(3), seen, depth) : null;
                case "needs" -> path.size() >= 4 && path.key(2).equals("outputs")
                        ? traceJobOutput(path.segments().get(1), path.segments().get(3), seen, depth) : null;
                default -> null;
            };
        } finally {
            seen.remove(path.normalized());
        }
    }

    private String traceEnv(String name, Set<String> seen, int depth) {
        List<Optional<YamlMapping>> scopes = new ArrayList<>();
        if (step != null) {
            scopes.add(step.env());
        }
        if (job != null) {
            scopes.add(job.env());
            scopes.add(job.workflow().env());
        }
        file.action().ifPresent(a -> scopes.add(a.runs().flatMap(r -> r.getMapping("env"))));
        for (Optional<YamlMapping> scope : scopes) {
            Optional<YamlEntry> entry = scope.flatMap(m -> entryIgnoringCase(m, name));
            if (entry.isPresent()) {
                return entry.get().value().asScalar().map(s -> firstUntrusted(s.value(), this, seen, depth)).orElse(null);
            }
        }
        return null;
    }

    private String traceMatrix(String key, Set<String> seen, int depth) {
        if (job == null) {
            return null;
        }
        Optional<YamlNode> matrix = job.strategy().flatMap(s -> s.at("matrix"));
        if (matrix.isEmpty()) {
            return null;
        }
        List<YamlScalar> values = new ArrayList<>();
        matrix.get().asMapping().ifPresent(m -> {
            entryIgnoringCase(m, key).ifPresent(e -> scalarsBelow(e.value(), values));
            m.getSequence("include").ifPresent(include -> include.items().forEach(item -> item.asMapping()
                    .flatMap(row -> entryIgnoringCase(row, key)).ifPresent(e -> scalarsBelow(e.value(), values))));
        });
        for (YamlScalar value : values) {
            String found = firstUntrusted(value.value(), this, seen, depth);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String traceStepOutput(String id, String output, Set<String> seen, int depth) {
        List<Step> steps = job != null ? job.steps() : file.action().map(a -> a.steps()).orElse(List.of());
        for (Step candidate : steps) {
            if (candidate == step) {
                break;
            }
            if (candidate.id().map(s -> s.value().equalsIgnoreCase(id)).orElse(false)) {
                Optional<YamlScalar> run = candidate.runScalar();
                if (run.isEmpty()) {
                    return null;
                }
                UntrustedInputs inner = new UntrustedInputs(file, job, candidate, reach);
                String lowerOutput = output.toLowerCase(Locale.ROOT);
                for (String line : run.get().value().split("\n")) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    boolean writes = (lower.contains(lowerOutput + "=") && lower.contains("github_output"))
                            || lower.contains("name=" + lowerOutput + "::");
                    if (writes) {
                        String found = firstUntrusted(line, inner, seen, depth);
                        if (found == null) {
                            found = inner.shellVariables(line, seen, depth);
                        }
                        if (found != null) {
                            return found;
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** {@code $NAME} / {@code ${NAME}} in a script line that name an untrusted env variable of the step. */
    private String shellVariables(String line, Set<String> seen, int depth) {
        java.util.regex.Matcher m = SHELL_VARIABLE.matcher(line);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String found = traceEnv(name, seen, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SHELL_VARIABLE =
            java.util.regex.Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private String traceJobOutput(String jobId, String output, Set<String> seen, int depth) {
        reach.otherJobs = true;
        if (job == null) {
            return null;
        }
        Optional<Job> needed = job.workflow().jobs().stream().filter(j -> j.id().equalsIgnoreCase(jobId)).reduce((a, b) -> b);
        if (needed.isEmpty()) {
            return null;
        }
        Optional<YamlEntry> entry = needed.get().mapping().flatMap(m -> m.getMapping("outputs"))
                .flatMap(m -> entryIgnoringCase(m, output));
        UntrustedInputs inner = new UntrustedInputs(file, needed.get(), null, reach);
        return entry.flatMap(e -> e.value().asScalar()).map(s -> firstUntrusted(s.value(), inner, seen, depth))
                .orElse(null);
    }

    /** The first untrusted context behind the expressions of a string, evaluated by {@code in}. */
    private static String firstUntrusted(String text, UntrustedInputs in, Set<String> seen, int depth) {
        for (TemplateString.Embedded embedded : TemplateString.parse(text).embedded()) {
            Expression expression = embedded.expression();
            if (expression.root() == null) {
                continue;
            }
            List<Source> found = new ArrayList<>();
            in.collect(expression.root(), found, seen, depth + 1);
            if (!found.isEmpty()) {
                return found.get(0).path();
            }
        }
        return null;
    }

    private static Optional<YamlEntry> entryIgnoringCase(YamlMapping mapping, String key) {
        for (int i = mapping.entries().size() - 1; i >= 0; i--) {
            YamlEntry entry = mapping.entries().get(i);
            if (entry.keyText().map(k -> k.equalsIgnoreCase(key)).orElse(false)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static void scalarsBelow(YamlNode node, List<YamlScalar> out) {
        node.walk(n -> n.asScalar().ifPresent(out::add));
    }
}
