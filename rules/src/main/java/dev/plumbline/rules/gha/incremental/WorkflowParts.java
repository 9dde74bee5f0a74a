package dev.plumbline.rules.gha.incremental;

import dev.plumbline.engine.ModelParts;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.ExpressionScope;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlFile;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlProblem;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workflow's parts are its jobs, plus the lines before the first job (the header: name, on,
 * permissions, env, … and the {@code jobs:} line) and the top-level keys after the last one. Each
 * part is known by its text. What every job is read with is the context: the header's and the
 * tail's text. The jobs' ids, {@code outputs} and {@code uses} (what {@code needs.<id>} and
 * {@code jobs.<id>} expressions see) go into the identity of each job that reads {@code needs}, and
 * into the context when the header may read them ({@link #readsJobs}) or when there is a tail. A
 * part-local rule runs on the header plus the changed jobs and the jobs they need; the other jobs
 * keep their findings.
 *
 * <p>A file is split only when that is plainly sound: one YAML document without anchors or aliases,
 * a block {@code jobs:} mapping whose every entry is a job, and no problem but a syntax error inside
 * the last job read (it cuts the tree there: the jobs before it are whole, the cut job is the last
 * part, and there is no tail), so typing that breaks a job for a moment re-checks that job only.
 * Anything else is one part, checked whole at every edit. Action metadata files are never split.
 */
public final class WorkflowParts implements ModelParts<WorkflowFile> {

    /**
     * Rules whose findings about a job depend only on that job and the context, and whose findings
     * in the header depend only on the header and the context; their fixes stay in the same part.
     * A rule not listed here (and any new rule) runs on the whole file.
     */
    static final Set<String> LOCAL = Set.of(
            "gha/action-branch-ref", "gha/action-input", "gha/adhoc-package-install", "gha/archived-action",
            "gha/bot-condition", "gha/cache-missing-restore-keys", "gha/cache-poisoning",
            "gha/cache-without-lockfile-key", "gha/concurrency-deadlock", "gha/constant-condition",
            "gha/context-availability", "gha/cron-too-frequent", "gha/dangerous-trigger",
            "gha/deploy-without-rollback", "gha/deprecated-action-input", "gha/deprecated-command",
            "gha/discouraged-feature", "gha/dockerfile-missing", "gha/duplicate-key", "gha/expression-syntax",
            "gha/expression-type", "gha/forbidden-action", "gha/github-app-token", "gha/github-env-write",
            "gha/hardcoded-secret", "gha/if-always-true", "gha/image-not-digest-pinned", "gha/insecure-commands",
            "gha/invalid-action-metadata", "gha/invalid-cron", "gha/invalid-env-name", "gha/invalid-event",
            "gha/invalid-glob", "gha/invalid-id", "gha/invalid-input-definition", "gha/invalid-matrix",
            "gha/invalid-permission", "gha/invalid-runner-label", "gha/invalid-uses", "gha/latest-tag",
            "gha/local-action-before-checkout", "gha/local-action-missing", "gha/lockfile-missing",
            "gha/lockfile-not-enforced", "gha/manifest-missing", "gha/missing-concurrency",
            "gha/missing-required-key", "gha/missing-reusable-workflow", "gha/missing-timeout", "gha/npm-install",
            "gha/obfuscated-expression", "gha/outdated-action", "gha/path-matches-nothing",
            "gha/persist-credentials", "gha/pip-install-unlocked", "gha/secrets-context-dump",
            "gha/secrets-inherit", "gha/secrets-outside-environment", "gha/security-scan-disabled",
            "gha/sha-pin-missing-version-comment", "gha/shell-name", "gha/short-sha-ref", "gha/typosquat-action",
            "gha/undefined-reference", "gha/unknown-function", "gha/unknown-key", "gha/unpinned-action",
            "gha/unpinned-tool", "gha/unredacted-secret", "gha/unsound-contains", "gha/unsound-ternary",
            "gha/untagged-image", "gha/untrusted-checkout", "gha/unused-anchor", "gha/use-trusted-publishing",
            "gha/workflow-run-unknown-workflow", "gha/wrong-type", "gha/yaml-merge-key", "gha/yaml-syntax");

    /**
     * Rules that look across jobs, each for a reason: ids compared between jobs, the needs graph,
     * the workflow-level verdict over every job, a job's scan judged by its neighbours, the outputs
     * of called workflows read by other jobs, the file's first SHA pin, ShellCheck's own messages,
     * untrusted input traced through other jobs' outputs, env, matrix and steps. The Dependabot rules
     * read a file without jobs (`.github/dependabot.yml`), small enough to check whole.
     */
    static final Set<String> WHOLE_FILE = Set.of("gha/duplicate-id", "gha/invalid-needs", "gha/missing-permissions",
            "gha/excessive-permissions", "gha/image-push-without-scan", "gha/reusable-workflow-inputs",
            "gha/sha-pins-without-updater", "gha/shellcheck", "gha/template-injection",
            "gha/dependabot-execution", "gha/dependabot-cooldown");

    /** Covers the end of the file, where a finding may sit on the line after the last one holding text. */
    private static final int LAST = Integer.MAX_VALUE / 2;

    /** A non-job part's identity: its kind and text. */
    private record Piece(String kind, String text) {
    }

    /**
     * The identity of a job that reads {@code needs}: its findings may depend on the ids, outputs and
     * calls of the jobs (see {@link #context}), so they go with it.
     */
    private record NeedsReader(String text, Object jobs) {
    }

    /**
     * Part-local rules whose messages name positions (a syntax error's "the enclosing block mapping
     * starts at 12:5"): their findings are kept only while their job stays on the same lines.
     */
    static final Set<String> AT_THEIR_LINES = Set.of("gha/yaml-syntax");

    @Override
    public boolean isLocal(RuleMeta rule) {
        return LOCAL.contains(rule.id()) && !AT_THEIR_LINES.contains(rule.id());
    }

    @Override
    public boolean isLocalAtItsLines(RuleMeta rule) {
        return LOCAL.contains(rule.id()) && AT_THEIR_LINES.contains(rule.id());
    }

    @Override
    public List<Part> parts(WorkflowFile model) {
        Optional<Layout> layout = Layout.of(model);
        if (layout.isEmpty()) {
            return List.of(new Part(new Object(), 0, LAST, null));
        }
        Layout l = layout.get();
        List<Part> out = new ArrayList<>(l.jobs.size() + 2);
        out.add(new Part(new Piece("head", l.head), 0, l.jobLines[0] - 1, null));
        List<String> texts = l.jobTexts();
        for (int i = 0; i < l.jobs.size(); i++) {
            int end = i + 1 < l.jobs.size() ? l.jobLines[i + 1] : l.tailLine;
            String text = texts.get(i);
            Object identity = readsNeeds(text) ? new NeedsReader(text, l.jobsInfo()) : text;
            out.add(new Part(identity, l.jobLines[i], end < 0 ? LAST : end - 1, l.jobs.get(i)));
        }
        if (l.tailLine >= 0) {
            out.add(new Part(new Piece("tail", l.tail), l.tailLine, LAST, null));
        }
        return out;
    }

    /** The header and the jobs of {@code parts}, with the jobs they need (their outputs type {@code needs.*}). */
    @Override
    public WorkflowFile restrict(WorkflowFile model, List<Part> parts) {
        Layout l = Layout.of(model).orElseThrow();
        Map<Object, Boolean> wanted = new IdentityHashMap<>();
        List<String> needed = new ArrayList<>();
        for (Part part : parts) {
            if (part.value() instanceof Job job) {
                wanted.put(job.entry(), true);
                if (part.identity() instanceof NeedsReader) {
                    ExpressionScope.needsIds(job).ifPresent(ids -> ids.forEach(id -> needed.add(id.toLowerCase(Locale.ROOT))));
                }
            }
        }
        for (Job job : l.jobs) {
            if (needed.contains(job.id().toLowerCase(Locale.ROOT))) {
                wanted.put(job.entry(), true);
            }
        }
        List<YamlEntry> jobs = new ArrayList<>();
        for (YamlEntry entry : l.jobsMapping.entries()) {
            if (wanted.containsKey(entry)) {
                jobs.add(entry);
            }
        }
        List<YamlEntry> top = new ArrayList<>(l.root.entries());
        top.set(l.jobsIndex, new YamlEntry(top.get(l.jobsIndex).key(), l.jobsMapping.withEntries(jobs)));
        YamlDocument document = l.document.withRoot(l.root.withEntries(top));
        return WorkflowFile.of(new YamlFile(List.of(document)), model.document(), model.kind());
    }

    /**
     * True when a job's text may read the {@code needs} context ({@code needs.x}, {@code needs['x']},
     * {@code toJSON(needs)}): "needs" other than as the {@code needs:} key. Only then do the jobs it
     * needs go along, so the other jobs' findings are not computed for nothing.
     */
    static boolean readsNeeds(String jobText) {
        String lower = jobText.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("needs"); at >= 0; at = lower.indexOf("needs", at + 5)) {
            int next = at + 5;
            while (next < lower.length() && (lower.charAt(next) == ' ' || lower.charAt(next) == '\t')) {
                next++;
            }
            if (next >= lower.length() || lower.charAt(next) != ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * The jobs of a workflow that splits into parts (see the class comment), each with its first line
     * and its text (the lines of its part), and the texts before the first job and after the last.
     * A job's tree is then a function of its text, so the text and what surrounds the jobs can key
     * facts about the job ({@link dev.plumbline.syntax.gha.JobMemo}). Empty when the file does not split.
     */
    public static Optional<JobTexts> jobTexts(WorkflowFile model) {
        return Layout.of(model).map(l -> new JobTexts(l.head, l.tail, l.jobs, l.jobTexts(), l.jobLines.clone()));
    }

    /**
     * What {@link #jobTexts} returns.
     *
     * @param head the lines before the first job (with the {@code jobs:} line)
     * @param tail the top-level keys after the last job, "" when none
     * @param jobs the jobs in file order
     * @param texts each job's text
     * @param lines each job's first line
     */
    public record JobTexts(String head, String tail, List<Job> jobs, List<String> texts, int[] lines) {
    }

    @Override
    public Object context(WorkflowFile model) {
        Optional<Layout> layout = Layout.of(model);
        if (layout.isEmpty()) {
            return List.of();
        }
        Layout l = layout.get();
        // the jobs' ids, outputs and calls matter to the header and the tail only where they may read
        // them (jobs.<id>.outputs in workflow_call outputs); a job that reads them has them in its identity
        boolean aroundReadsJobs = readsJobs(l.head) || l.tailLine >= 0;
        // the tail's line too: a finding there may carry a fix that edits the header, which must not move
        return List.of(l.head, l.tail, l.tailLine, aroundReadsJobs ? l.jobsInfo() : List.of());
    }

    /**
     * True when the header may read the jobs: "jobs" other than its own {@code jobs:} key, or "needs",
     * or a backslash (an escape in a double-quoted scalar could spell either).
     */
    static boolean readsJobs(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        int first = lower.indexOf("jobs");
        return lower.indexOf('\\') >= 0 || lower.contains("needs")
                || first >= 0 && lower.indexOf("jobs", first + 4) >= 0;
    }

    /** Where a splittable workflow's parts are. */
    private static final class Layout {
        final TextDocument text;
        final YamlDocument document;
        final YamlMapping root;
        final int jobsIndex;
        final YamlMapping jobsMapping;
        final List<Job> jobs;
        final int[] jobLines;
        /** The first line of the top-level keys after {@code jobs:}, or -1. */
        final int tailLine;
        final String head;
        final String tail;
        private volatile List<String> jobTexts;
        private volatile List<String> jobsInfo;

        private Layout(TextDocument text, YamlDocument document, YamlMapping root, int jobsIndex, YamlMapping jobsMapping,
                List<Job> jobs, int[] jobLines, int tailLine) {
            this.text = text;
            this.document = document;
            this.root = root;
            this.jobsIndex = jobsIndex;
            this.jobsMapping = jobsMapping;
            this.jobs = jobs;
            this.jobLines = jobLines;
            this.tailLine = tailLine;
            this.head = text(0, jobLines[0]);
            this.tail = tailLine < 0 ? "" : text(tailLine, -1);
        }

        /** The layout of {@code model}, worked out once per snapshot. */
        static Optional<Layout> of(WorkflowFile model) {
            return model.derived(Layout.class, Layout::compute);
        }

        private static Optional<Layout> compute(WorkflowFile model) {
            YamlFile yaml = model.yaml();
            if (model.isAction() || yaml.documents().size() != 1 || model.workflow().isEmpty()) {
                return Optional.empty();
            }
            YamlDocument document = yaml.documents().get(0);
            // a syntax error cuts the tree; inside the last job read it leaves the jobs before it whole
            boolean cut = yaml.hasProblems();
            if (cut && (!document.isTruncated()
                    || document.problems().stream().anyMatch(p -> p.kind() != YamlProblem.Kind.SYNTAX))) {
                return Optional.empty();
            }
            if (document.usesAnchors() || !(document.root().orElse(null) instanceof YamlMapping root) || root.isFlow()) {
                return Optional.empty();
            }
            int jobsIndex = -1;
            for (int i = 0; i < root.size(); i++) {
                if (root.entries().get(i).hasKey("jobs")) {
                    jobsIndex = i;
                }
            }
            List<Job> jobs = model.jobs();
            if (jobsIndex < 0 || !(root.entries().get(jobsIndex).value() instanceof YamlMapping jobsMapping)
                    || jobsMapping.isFlow() || jobs.isEmpty() || jobs.size() != jobsMapping.size()) {
                return Optional.empty();
            }
            int[] lines = new int[jobs.size()];
            int previous = root.entries().get(jobsIndex).key().range().end().line();
            for (int i = 0; i < jobs.size(); i++) {
                lines[i] = jobs.get(i).entry().key().fullRange().start().line();
                if (jobs.get(i).entry() != jobsMapping.entries().get(i) || lines[i] <= previous) {
                    return Optional.empty();
                }
                previous = lines[i];
            }
            int tailLine = jobsIndex + 1 < root.size()
                    ? root.entries().get(jobsIndex + 1).key().fullRange().start().line() : -1;
            if (tailLine >= 0 && tailLine <= previous) {
                return Optional.empty();
            }
            if (cut && (tailLine >= 0
                    || document.problems().stream().anyMatch(p -> p.range().start().line() < lines[lines.length - 1]))) {
                return Optional.empty();
            }
            return Optional.of(new Layout(model.document(), document, root, jobsIndex, jobsMapping, jobs, lines, tailLine));
        }

        /** Per job: its id, {@code outputs} and {@code uses}, what {@code needs.<id>} and {@code jobs.<id>} read. */
        List<String> jobsInfo() {
            List<String> result = jobsInfo;
            if (result == null) {
                List<String> info = new ArrayList<>(jobs.size() * 3);
                for (Job job : jobs) {
                    info.add(job.id());
                    info.add(job.get("outputs").map(YamlNode::sourceText).orElse("\0"));
                    info.add(job.usesScalar().map(YamlNode::sourceText).orElse("\0"));
                }
                result = List.copyOf(info);
                jobsInfo = result;
            }
            return result;
        }

        /** Each job's text: its lines up to the next job's (or the top-level keys after the jobs). */
        List<String> jobTexts() {
            List<String> result = jobTexts;
            if (result == null) {
                List<String> texts = new ArrayList<>(jobs.size());
                for (int i = 0; i < jobs.size(); i++) {
                    texts.add(text(jobLines[i], i + 1 < jobs.size() ? jobLines[i + 1] : tailLine));
                }
                result = List.copyOf(texts);
                jobTexts = result;
            }
            return result;
        }

        /** The text of lines [{@code from}, {@code to}); {@code to} -1 for the end of the file. */
        String text(int from, int to) {
            int start = text.lineIndex().lineStart(from);
            int end = to < 0 ? text.text().length() : text.lineIndex().lineStart(to);
            return text.text().substring(start, end);
        }
    }
}
