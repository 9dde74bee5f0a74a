package dev.plumbline.rules.gha;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.gha.support.NearestName;
import dev.plumbline.rules.gha.support.Scalars;
import dev.plumbline.rules.gha.support.SequenceEdits;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code needs:} naming a job that does not exist, the job itself or a job twice, or closing a cycle
 * (GitHub rejects the workflow; no job of the cycle could ever start).
 */
public final class InvalidNeedsRule implements Rule<WorkflowFile> {

    static final RuleMeta META = RuleMeta.of("gha/invalid-needs", "needs naming a missing job or forming a cycle",
            Severity.ERROR, Language.GITHUB_ACTIONS, PeerId.of(PeerId.ACTIONLINT, "job-needs"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<WorkflowFile> context) {
        List<Job> jobs = context.model().jobs();
        Map<String, Job> byId = new LinkedHashMap<>();
        jobs.forEach(j -> byId.put(j.id(), j));
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<String, List<YamlScalar>> edges = new HashMap<>();
        for (Job job : byId.values()) {
            Optional<YamlNode> needs = job.needs();
            if (needs.isEmpty()) {
                continue;
            }
            List<YamlScalar> valid = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<YamlScalar> items = Scalars.of(needs.get());
            for (int i = 0; i < items.size(); i++) {
                YamlScalar need = items.get(i);
                String name = need.value();
                if (Scalars.hasExpression(need)) {
                    continue;
                }
                if (name.equals(job.id())) {
                    context.report(need.range(), "Job \"" + job.id() + "\" needs itself");
                } else if (!seen.add(name)) {
                    var report = context.report(need.range(), "Job \"" + name + "\" is listed twice in the needs of \""
                            + job.id() + "\"");
                    if (needs.get() instanceof YamlSequence sequence) {
                        int index = sequence.items().indexOf(need);
                        SequenceEdits.removeItem(sequence, index, context.document())
                                .ifPresent(edit -> report.fix("Remove the duplicate", edit));
                    }
                } else if (!byId.containsKey(name)) {
                    List<String> others = ids.stream().filter(id -> !id.equals(job.id())).toList();
                    Optional<String> nearest = NearestName.of(name, others);
                    var report = context.report(need.range(), "Job \"" + job.id() + "\" needs \"" + name
                            + "\", which is not a job of this workflow" + nearest.map(n -> "; did you mean \"" + n + "\"?")
                                    .orElse(""));
                    if (nearest.isPresent() && (need.isPlain() || need.style().isQuoted())) {
                        report.fix("Replace with \"" + nearest.get() + "\"", new TextEdit(need.range(), nearest.get()));
                    }
                } else {
                    valid.add(need);
                }
            }
            edges.put(job.id(), valid);
        }
        reportCycles(context, ids, edges);
    }

    /** Depth-first search; an edge back to a job on the current path closes a cycle. */
    private static void reportCycles(RuleContext<WorkflowFile> context, List<String> ids,
            Map<String, List<YamlScalar>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (String start : ids) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<Integer> cursor = new ArrayList<>();
            path.add(start);
            cursor.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String job = path.get(top);
                List<YamlScalar> out = edges.getOrDefault(job, List.of());
                int next = cursor.get(top);
                if (next >= out.size()) {
                    state.put(job, 2);
                    path.remove(top);
                    cursor.remove(top);
                    continue;
                }
                cursor.set(top, next + 1);
                YamlScalar edge = out.get(next);
                String target = edge.value();
                Integer s = state.get(target);
                if (s == null) {
                    state.put(target, 1);
                    path.add(target);
                    cursor.add(0);
                } else if (s == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
                    cycle.add(target);
                    context.report(edge.range(), "Jobs depend on each other in a cycle: " + String.join(" → ", cycle)
                            + "; none of them can start");
                }
            }
        }
    }
}
