package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.Distro;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/**
 * COPY or ADD without {@code --chown} while the stage runs as a non-root user: the files still belong
 * to root, so the user the image runs as cannot change them.
 */
public final class CopyWithoutChownRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-without-chown", "COPY/ADD after USER without --chown",
            Severity.WARNING, Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        StageGraph graph = dockerfile.stageGraph();
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            if (Distro.isWindows(dockerfile, stage)) {
                continue; // --chown does not apply to Windows containers
            }
            Optional<StageGraph.User> user = dockerfile.baseStage(stage).flatMap(graph::effectiveUser);
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("USER")) {
                    user = graph.user(instruction);
                } else if ((instruction.is("COPY") || instruction.is("ADD")) && instruction.flag("chown").isEmpty()
                        && user.isPresent() && user.get().isNonRoot()) {
                    report(context, instruction, user.get());
                }
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, Instruction instruction, StageGraph.User user) {
        String owner = user.argument().text();
        context.report(instruction.keyword().range(), instruction.name() + " after USER " + user.value().orElse(owner)
                        + " without --chown leaves the files owned by root")
                .fix("Add --chown=" + owner, TextEdit.insert(instruction.keyword().range().end(), " --chown=" + owner));
    }
}
