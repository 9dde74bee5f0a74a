package dev.plumbline.syntax.gha;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts that whole-file rules computed about single jobs, under keys that hold everything the fact
 * depends on (the job's text, the text around the jobs, the fact's kind): {@link WorkflowFile#reparse}
 * hands the previous snapshot's facts to the next one, so a job the edit left alone is not read
 * again. The facts asked for in a snapshot are handed on, and those of the snapshot before that it
 * did not ask for (the jobs after a syntax error that cut the tree for one keystroke), so the memo
 * never grows beyond two snapshots' jobs. Positions in a fact are the rule's business (e.g. lines
 * relative to the job).
 */
public final class JobMemo {

    private final Map<Object, Object> earlier;
    private final Map<Object, Object> older;
    private final Map<Object, Object> current = new ConcurrentHashMap<>();

    JobMemo(JobMemo previous) {
        this.earlier = previous == null ? Map.of() : previous.current;
        this.older = previous == null ? Map.of() : previous.earlier;
    }

    /** The fact stored under {@code key} in this snapshot or the one before. */
    public <F> Optional<F> find(Object key, Class<F> type) {
        Object value = current.get(key);
        if (value == null) {
            value = earlier.get(key);
            if (value == null) {
                value = older.get(key);
            }
            if (value != null) {
                current.put(key, value);
            }
        }
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** Keeps {@code fact} under {@code key}, which must determine it. */
    public void put(Object key, Object fact) {
        current.put(key, fact);
    }
}
