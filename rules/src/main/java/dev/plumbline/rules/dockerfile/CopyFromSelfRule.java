package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.RunInstruction;
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
        if (!pointsForward(dockerfile)) {
            return;
        }
        StageGraph graph = dockerfile.stageGraph();
        for (StageGraph.StageReference reference : graph.references()) {
            if (reference.kind() == StageGraph.StageReference.Kind.FROM) {
                continue;
            }
            int own = reference.at().stageIndex();
            if (reference.target().index() == own) {
                context.report(reference.range(), "--from=" + reference.written() + " refers to the stage it is in");
            } else if (graph.sameCycle(reference.target(), dockerfile.stages().get(own))) {
                context.report(reference.range(), "--from=" + reference.written()
                        + " needs a stage that is itself built from this one: the stages form a cycle");
            }
        }
    }

    /**
     * True when some {@code --from} may name its own stage or a later one. A FROM only names an
     * earlier stage, so without such a reference every edge points back and there is no cycle: the
     * common case, told without building the whole file's stage graph on every keystroke.
     */
    private static boolean pointsForward(Dockerfile dockerfile) {
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY") || instruction.is("ADD")) {
                    for (Flag flag : instruction.flags("from")) {
                        if (flag.valueWord().filter(w -> notBefore(dockerfile, w.value(), instruction, stage)).isPresent()) {
                            return true;
                        }
                    }
                } else if (instruction instanceof RunInstruction run) {
                    for (Mount mount : run.mounts()) {
                        if (mount.from().filter(f -> notBefore(dockerfile, f.value(), instruction, stage)).isPresent()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code raw} may name {@code stage} or a later one; errs towards yes (the full check then decides). */
    private static boolean notBefore(Dockerfile dockerfile, String raw, Instruction at, Stage stage) {
        if (raw.isEmpty()) {
            return false;
        }
        ImageRef ref = dockerfile.sourceImage(raw, at);
        if (ref.kind() != ImageRef.Kind.STAGE) {
            return false;
        }
        String name = ref.text();
        if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return name.length() > 6 || Integer.parseInt(name) >= stage.index();
        }
        return dockerfile.stage(name).map(s -> s.index() >= stage.index()).orElse(true);
    }
}
