package dev.plumbline.rules.gha.support;

import dev.plumbline.rules.gha.incremental.WorkflowParts;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Per-job facts for whole-file rules, kept across keystrokes in the model's
 * {@link dev.plumbline.syntax.gha.JobMemo}: a fact about a job is keyed by its kind, the job's text
 * and the text before and after the jobs, so an edit elsewhere in the file finds it again. Only for
 * a workflow that splits into jobs ({@link WorkflowParts#jobTexts}), where a job's tree follows from
 * its text; a fact may read that job and the text around the jobs (the workflow's {@code env},
 * {@code defaults}, triggers …), nothing of another job. Positions in a fact are relative to the
 * job's first line ({@link #line}).
 */
public final class JobFacts {

    /** What a fact depends on. */
    private record Key(String kind, String job, String head, String tail) {
    }

    private final WorkflowFile file;
    private final WorkflowParts.JobTexts texts;

    private JobFacts(WorkflowFile file, WorkflowParts.JobTexts texts) {
        this.file = file;
        this.texts = texts;
    }

    /** The facts of {@code file}'s jobs; empty for anything but a workflow that splits into jobs. */
    public static Optional<JobFacts> of(WorkflowFile file) {
        if (file.kind() != WorkflowFile.Kind.WORKFLOW) {
            return Optional.empty();
        }
        return file.derived(JobFacts.class, f -> WorkflowParts.jobTexts(f).map(texts -> new JobFacts(f, texts)));
    }

    /** The jobs, in file order (the file's {@link WorkflowFile#jobs()}). */
    public List<Job> jobs() {
        return texts.jobs();
    }

    /** The first line of job {@code index}. */
    public int line(int index) {
        return texts.lines()[index];
    }

    /** The fact {@code kind} of job {@code index}, computed by {@code compute} unless kept from an earlier snapshot. */
    public <F> F get(String kind, int index, Class<F> type, Supplier<F> compute) {
        Optional<F> kept = find(kind, index, type);
        if (kept.isPresent()) {
            return kept.get();
        }
        F fact = compute.get();
        put(kind, index, fact);
        return fact;
    }

    /** The fact {@code kind} of job {@code index} when an earlier snapshot (or this one) computed it. */
    public <F> Optional<F> find(String kind, int index, Class<F> type) {
        return file.jobMemo().find(key(kind, index), type);
    }

    /** Keeps {@code fact}, which must depend only on job {@code index} and the text around the jobs. */
    public void put(String kind, int index, Object fact) {
        file.jobMemo().put(key(kind, index), fact);
    }

    private Key key(String kind, int index) {
        return new Key(kind, texts.texts().get(index), texts.head(), texts.tail());
    }
}
