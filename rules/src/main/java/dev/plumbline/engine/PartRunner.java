package dev.plumbline.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs part-local rules for one analysis: on the parts without cached findings only (on a model
 * restricted to them), keeping the other parts' findings from the previous analysis, moved with their
 * part. Rules whose messages name line numbers ({@link ModelParts#isLocalAtItsLines}) keep their
 * findings only for parts that stayed on the same lines.
 */
final class PartRunner<T> {

    /** Runs one rule on a model; {@code failed} tells an internal error finding from real ones. */
    interface RuleRunner<T> {
        Analyzer.RuleRun run(Rule<T> rule, T model);
    }

    /** The cache identity of a part for rules that must also stay on the same lines. */
    private record AtLine(Object identity, int startLine) {
    }

    private final ModelParts<T> parts;
    private final T model;
    private final List<ModelParts.Part> all;
    private final List<Object> key;
    private final Map<Object, PartCache.Entry> reusable;
    private final Map<Object, PartCache.Entry> spare;
    private final Map<Object, PartCache.Entry> next = new HashMap<>();
    /** False once a finding could not be placed in a part or a rule failed: nothing is cached then. */
    private boolean placed = true;
    private T restrictedModel;
    private List<ModelParts.Part> restrictedTo;

    PartRunner(ModelParts<T> parts, T model, List<Object> key, PartCache previous) {
        this.parts = parts;
        this.model = model;
        this.all = parts.parts(model);
        this.key = key;
        boolean sameKey = previous != null && previous.key().equals(key);
        this.reusable = sameKey ? previous.parts() : Map.of();
        this.spare = sameKey ? previous.spare() : Map.of();
    }

    /**
     * Runs {@code local} (all part-local, or all local at their lines when {@code atLines}) where
     * needed and adds every part's findings to {@code raw}, in file order.
     */
    void run(List<Rule<T>> local, boolean atLines, RuleRunner<T> runner, Cancellation cancellation,
            List<Finding> raw) {
        if (local.isEmpty()) {
            return;
        }
        PartCache.Entry[] entries = new PartCache.Entry[all.size()];
        Object[] ids = new Object[all.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ModelParts.Part part = all.get(i);
            ids[i] = atLines ? new AtLine(part.identity(), part.startLine()) : part.identity();
            PartCache.Entry cached = reusable.get(ids[i]);
            if (cached == null) {
                cached = spare.get(ids[i]);
            }
            if (cached == null || next.containsKey(ids[i])) {
                todo.add(i);
            } else {
                entries[i] = cached.movedTo(part.startLine());
                next.put(ids[i], entries[i]);
            }
        }
        if (!todo.isEmpty()) {
            runOn(todo, local, runner, cancellation, raw, entries);
            for (int i : todo) {
                if (next.putIfAbsent(ids[i], entries[i]) != null) {
                    placed = false; // two parts with one identity: only one could be kept
                }
            }
        }
        for (PartCache.Entry entry : entries) { // in file order
            raw.addAll(entry.findings());
        }
    }

    /** Runs {@code local} on the parts at the indexes {@code todo} and fills their {@code entries}. */
    private void runOn(List<Integer> todo, List<Rule<T>> local, RuleRunner<T> runner, Cancellation cancellation,
            List<Finding> raw, PartCache.Entry[] entries) {
        List<ModelParts.Part> touched = todo.stream().map(all::get).toList();
        T restricted = restricted(touched);
        List<List<Finding>> byPart = new ArrayList<>(todo.size());
        for (int i = 0; i < todo.size(); i++) {
            byPart.add(new ArrayList<>());
        }
        for (Rule<T> rule : local) {
            cancellation.checkCanceled();
            Analyzer.RuleRun run = runner.run(rule, restricted);
            if (run.failed()) {
                raw.addAll(run.findings());
                placed = false;
                continue;
            }
            for (Finding finding : run.findings()) {
                int index = partOf(touched, finding.range().start().line());
                if (index >= 0) {
                    byPart.get(index).add(finding);
                } else if (restricted == model) {
                    raw.add(finding);
                    placed = false;
                }
            }
        }
        for (int i = 0; i < todo.size(); i++) {
            List<Finding> found = byPart.get(i);
            found.sort(Finding.ORDER); // sorted per part, so the file's findings come nearly sorted
            entries[todo.get(i)] = new PartCache.Entry(touched.get(i).startLine(), List.copyOf(found));
        }
    }

    /** The model restricted to {@code todo}, made once when both groups need the same parts. */
    private T restricted(List<ModelParts.Part> todo) {
        if (todo.size() == all.size()) {
            return model;
        }
        if (!todo.equals(restrictedTo)) {
            restrictedModel = parts.restrict(model, todo);
            restrictedTo = todo;
        }
        return restrictedModel;
    }

    /** The cache for the next analysis; null when something could not be cached. */
    PartCache cache() {
        if (!placed) {
            return null;
        }
        Map<Object, PartCache.Entry> unused = new HashMap<>();
        reusable.forEach((id, entry) -> {
            if (!next.containsKey(id)) {
                unused.put(id, entry); // one analysis longer only: the spare's own spare is dropped
            }
        });
        return new PartCache(key, next, unused);
    }

    /** The index of the part holding {@code line}, or -1. */
    private static int partOf(List<ModelParts.Part> parts, int line) {
        int lo = 0;
        int hi = parts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ModelParts.Part part = parts.get(mid);
            if (line < part.startLine()) {
                hi = mid - 1;
            } else if (line > Math.max(part.startLine(), part.lastLine())) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
