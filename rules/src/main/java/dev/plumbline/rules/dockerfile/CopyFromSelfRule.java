package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;

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
        // which stage uses which is known without ranges; only an instruction in a cycle is read for them
        Instruction reported = null;
        for (StageGraph.StageUse use : graph.uses()) {
            if (use.kind() == StageGraph.StageReference.Kind.FROM || use.at() == reported) {
                continue;
            }
            Stage own = dockerfile.everyStage().get(use.at().stageIndex());
            if (use.target().index() == own.index() || graph.sameCycle(use.target(), own)) {
                reported = use.at();
                graph.referencesAt(use.at()).forEach(reference -> report(context, graph, reference, own));
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, StageGraph graph, StageGraph.StageReference reference,
            Stage own) {
        if (reference.target().index() == own.index()) {
            context.report(reference.range(), "--from=" + reference.written() + " refers to the stage it is in");
        } else if (graph.sameCycle(reference.target(), own)) {
            context.report(reference.range(), "--from=" + reference.written()
                    + " needs a stage that is itself built from this one: the stages form a cycle");
        }
    }
}
