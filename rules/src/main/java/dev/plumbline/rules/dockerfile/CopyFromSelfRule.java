package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** {@code --from} naming its own stage, or a stage that (through others) needs this one: a cycle Docker cannot build. */
public final class CopyFromSelfRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-from-self", "--from refers to its own stage or a cycle",
            Severity.ERROR, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3023"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        StageGraph graph = dockerfile.stageGraph();
        for (StageGraph.StageReference reference : graph.references()) {
            if (reference.kind() == StageGraph.StageReference.Kind.FROM) {
                continue;
            }
            int own = reference.at().stageIndex();
            if (reference.target().index() == own) {
                context.report(reference.range(), "--from=" + reference.written() + " refers to the stage it is in");
            } else if (reaches(graph, dockerfile.stages(), reference.target(), own)) {
                context.report(reference.range(), "--from=" + reference.written()
                        + " needs a stage that is itself built from this one: the stages form a cycle");
            }
        }
    }

    /** True when building {@code from} needs stage {@code target} first. */
    private static boolean reaches(StageGraph graph, List<Stage> stages, Stage from, int target) {
        boolean[] seen = new boolean[stages.size()];
        Deque<Stage> todo = new ArrayDeque<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            Stage stage = todo.pop();
            if (seen[stage.index()]) {
                continue;
            }
            seen[stage.index()] = true;
            for (Stage dependency : graph.dependencies(stage)) {
                if (dependency.index() == target) {
                    return true;
                }
                todo.push(dependency);
            }
        }
        return false;
    }
}
