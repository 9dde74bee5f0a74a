package dev.plumbline.rules.gha.support;

import dev.plumbline.workspace.WorkspaceIndex;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Answers about globs over a workspace index, remembered while the index keeps its version: matching
 * a glob walks every file of the repository, and a keystroke re-checks the same globs again and
 * again. A new version of the index forgets the answers; a dropped index takes them along.
 */
public final class GlobAnswers {

    private record Memo(long version, Map<String, Boolean> answers) {
    }

    private static final Map<WorkspaceIndex, Memo> MEMOS = new WeakHashMap<>();

    private GlobAnswers() {
    }

    /** {@code compute.test(pattern)}, asked of {@code index} at its current version at most once. */
    public static boolean of(WorkspaceIndex index, String pattern, Predicate<String> compute) {
        long version = index.version();
        Memo memo;
        synchronized (MEMOS) {
            memo = MEMOS.get(index);
            if (memo == null || memo.version() != version) {
                memo = new Memo(version, new ConcurrentHashMap<>());
                MEMOS.put(index, memo);
            }
        }
        Boolean known = memo.answers().get(pattern);
        if (known == null) {
            known = compute.test(pattern);
            // an index that changed meanwhile may have answered for its new version: keep that out
            if (index.version() == version) {
                memo.answers().put(pattern, known);
            }
        }
        return known;
    }
}
